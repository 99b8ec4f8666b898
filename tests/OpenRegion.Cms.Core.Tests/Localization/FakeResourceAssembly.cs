using System.Reflection;
using System.Text;

namespace OpenRegion.Cms.Core.Tests.Localization;

/// <summary>An assembly whose manifest resources are given in memory, standing in for a module's embedded .po files.</summary>
internal sealed class FakeResourceAssembly(string name, IReadOnlyDictionary<string, string> resources) : Assembly
{
    public override string FullName => name;

    public override AssemblyName GetName() => new(name);

    public override string[] GetManifestResourceNames() => [.. resources.Keys];

    public override Stream? GetManifestResourceStream(string name) =>
        resources.TryGetValue(name, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null;
}
