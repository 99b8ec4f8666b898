// The content editor's visual ("rich text") mode. Progressive enhancement: without this script each translation's
// text area takes Markdown or HTML as chosen; with it, choosing "Rich text" shows a formatting toolbar and an
// editable area whose HTML is copied back into the text area before the form is sent. The server sanitizes
// whatever arrives (scripts, handlers and styles never survive), so this file only has to be convenient.
(function () {
    'use strict';

    function blockText(parts) {
        return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    }

    // The rich text as Markdown: headings, paragraphs, lists, quotes, emphasis and links survive.
    function toMarkdown(node) {
        function children(n) { return Array.prototype.map.call(n.childNodes, convert).join(''); }
        function convert(n) {
            if (n.nodeType === 3) { return n.nodeValue.replace(/\s+/g, ' '); }
            if (n.nodeType !== 1) { return ''; }
            var tag = n.tagName.toLowerCase();
            var inner;
            switch (tag) {
                case 'h1': case 'h2': return '\n\n## ' + children(n).trim() + '\n\n';
                case 'h3': return '\n\n### ' + children(n).trim() + '\n\n';
                case 'h4': case 'h5': case 'h6': return '\n\n#### ' + children(n).trim() + '\n\n';
                case 'p': case 'div': case 'figure': case 'table': return '\n\n' + children(n).trim() + '\n\n';
                case 'br': return '\n';
                case 'hr': return '\n\n---\n\n';
                case 'strong': case 'b':
                    inner = children(n);
                    return inner.trim() ? '**' + inner.trim() + '**' : inner;
                case 'em': case 'i':
                    inner = children(n);
                    return inner.trim() ? '*' + inner.trim() + '*' : inner;
                case 'a':
                    inner = children(n).trim();
                    return n.getAttribute('href') ? '[' + inner + '](' + n.getAttribute('href') + ')' : inner;
                case 'img': return n.getAttribute('alt') || '';
                case 'ul': case 'ol':
                    return '\n\n' + Array.prototype.filter.call(n.children, function (li) { return li.tagName.toLowerCase() === 'li'; })
                        .map(function (li, k) { return (tag === 'ol' ? (k + 1) + '. ' : '- ') + children(li).trim().replace(/\s*\n\s*/g, ' '); })
                        .join('\n') + '\n\n';
                case 'blockquote':
                    return '\n\n' + children(n).trim().split('\n').map(function (line) { return '> ' + line; }).join('\n') + '\n\n';
                case 'tr': return children(n).trim() + '\n';
                case 'td': case 'th': return children(n).trim() + ' ';
                default: return children(n);
            }
        }
        return blockText([children(node)]);
    }

    function setup(form) {
        var token = form.querySelector('input[name="__RequestVerificationToken"]');
        form.querySelectorAll('[data-body-editor]').forEach(function (field) {
            var wrap = field.querySelector('.rich-editor');
            if (!wrap) { return; }
            var area = wrap.querySelector('.rich-area');
            var textarea = field.querySelector('textarea');
            var label = field.querySelector('label[for="' + textarea.id + '"]');
            var markdownRadio = field.querySelector('input[type=radio][value="markdown"]');
            var richRadio = field.querySelector('input[type=radio][value="html"]');
            var initial = wrap.querySelector('template.rich-initial');

            function sync() { if (!wrap.hidden) { textarea.value = area.innerHTML; } }
            function show(rich) {
                wrap.hidden = !rich;
                textarea.hidden = rich;
                if (label) { label.hidden = rich; }
            }
            function fill(html) {
                var doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
                area.replaceChildren.apply(area, Array.prototype.map.call(doc.body.childNodes, function (n) { return document.importNode(n, true); }));
            }

            if (richRadio.checked) {
                if (initial) { area.replaceChildren(initial.content.cloneNode(true)); }
                show(true);
            }

            area.addEventListener('input', sync);
            richRadio.addEventListener('change', function () {
                if (!richRadio.checked) { return; }
                var source = textarea.value;
                if (!source.trim()) { area.replaceChildren(); show(true); sync(); return; }
                var body = new FormData();
                body.append('markdown', source);
                if (token) { body.append('__RequestVerificationToken', token.value); }
                fetch(form.dataset.markdownUrl, { method: 'POST', body: body, credentials: 'same-origin' })
                    .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
                    .then(function (html) { fill(html); show(true); sync(); area.focus(); })
                    .catch(function () { markdownRadio.checked = true; });
            });
            markdownRadio.addEventListener('change', function () {
                if (!markdownRadio.checked) { return; }
                if (area.textContent.trim() && !window.confirm(form.dataset.confirmMarkdown)) {
                    richRadio.checked = true;
                    return;
                }
                textarea.value = area.textContent.trim() ? toMarkdown(area) + '\n' : '';
                show(false);
            });

            wrap.querySelectorAll('[data-command]').forEach(function (button) {
                // Keep the selection in the editable area while the button is pressed.
                button.addEventListener('mousedown', function (e) { e.preventDefault(); });
                button.addEventListener('click', function () {
                    area.focus();
                    var command = button.dataset.command;
                    switch (command) {
                        case 'bold': case 'italic': document.execCommand(command); break;
                        case 'h2': case 'h3': case 'p': document.execCommand('formatBlock', false, command); break;
                        case 'quote': document.execCommand('formatBlock', false, 'blockquote'); break;
                        case 'ul': document.execCommand('insertUnorderedList'); break;
                        case 'ol': document.execCommand('insertOrderedList'); break;
                        case 'unlink': document.execCommand('unlink'); break;
                        case 'clear': document.execCommand('removeFormat'); break;
                        case 'link':
                            var href = window.prompt(button.dataset.prompt, 'https://');
                            if (href && /^(https?:\/\/|mailto:|tel:|\/)/i.test(href.trim())) {
                                document.execCommand('createLink', false, href.trim());
                            }
                            break;
                    }
                    sync();
                });
            });
        });
        form.addEventListener('submit', function () {
            form.querySelectorAll('[data-body-editor] .rich-editor:not([hidden])').forEach(function (wrap) {
                var textarea = wrap.closest('[data-body-editor]').querySelector('textarea');
                textarea.value = wrap.querySelector('.rich-area').innerHTML;
            });
        });
    }

    function start() { document.querySelectorAll('form[data-markdown-url]').forEach(setup); }
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
