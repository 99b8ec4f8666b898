using System.Reflection;

namespace OpenRegion.Cms.Core.Modules;

/// <summary>The modules this build contains, found by walking the OpenRegion assemblies referenced from a root.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, IModule> _byId;
    private readonly Dictionary<Assembly, IModule> _byAssembly;

    public ModuleCatalog(IEnumerable<IModule> modules)
    {
        Modules = modules.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        _byId = Modules.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _byAssembly = Modules.GroupBy(m => m.GetType().Assembly).ToDictionary(g => g.Key, g => g.First());
        foreach (var module in Modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (!_byId.ContainsKey(dependency))
                {
                    throw new InvalidOperationException($"Module '{module.Id}' depends on '{dependency}', which is not in this build.");
                }
            }
        }
    }

    public IReadOnlyList<IModule> Modules { get; }

    public IModule? Find(string id) => _byId.GetValueOrDefault(id);

    public IModule? ForAssembly(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    /// <summary>The features to enable for a request to enable <paramref name="ids"/>: them and their dependencies.</summary>
    public IReadOnlyList<string> WithDependencies(IEnumerable<string> ids)
    {
        var result = new List<string>();
        void Visit(string id)
        {
            if (result.Contains(id))
            {
                return;
            }

            var module = Find(id) ?? throw new KeyNotFoundException($"Unknown feature '{id}'.");
            foreach (var dependency in module.Dependencies)
            {
                Visit(dependency);
            }

            result.Add(id);
        }

        foreach (var id in ids)
        {
            Visit(id);
        }

        return result;
    }

    /// <summary>
    /// Finds modules in the roots, the OpenRegion assemblies they reference, and the OpenRegion assemblies beside them
    /// (the compiler drops references to projects whose types are never used in code, and modules are such projects).
    /// </summary>
    public static ModuleCatalog Discover(params Assembly[] roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var modules = new List<IModule>();
        var queue = new Queue<Assembly>(roots);
        foreach (var directory in roots.Select(r => Path.GetDirectoryName(r.Location)).Where(d => !string.IsNullOrEmpty(d)).Distinct())
        {
            foreach (var file in Directory.EnumerateFiles(directory!, "OpenRegion.*.dll"))
            {
                queue.Enqueue(Assembly.Load(AssemblyName.GetAssemblyName(file)));
            }
        }

        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            if (!seen.Add(assembly.FullName ?? assembly.GetName().Name ?? ""))
            {
                continue;
            }

            foreach (var type in assembly.GetTypes())
            {
                if (type is { IsClass: true, IsAbstract: false } && typeof(IModule).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
                {
                    modules.Add((IModule)Activator.CreateInstance(type)!);
                }
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (reference.Name?.StartsWith("OpenRegion.", StringComparison.Ordinal) == true && !seen.Contains(reference.FullName))
                {
                    queue.Enqueue(Assembly.Load(reference));
                }
            }
        }

        return new ModuleCatalog(modules.DistinctBy(m => m.Id));
    }
}
