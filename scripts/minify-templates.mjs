/**
 * A Vite plugin for the CDN and benchmark builds: collapses the indentation inside Lit's `html`,
 * `svg` and `css` tagged templates (and CSS comments), which minifiers keep verbatim. Uses the
 * TypeScript parser to find the templates, so strings, comments and regular expressions elsewhere
 * are never touched. Whitespace runs that hold a line break become one space: HTML and CSS read
 * them the same (none of our templates holds a <pre> or a multi-line CSS string).
 */
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

/**
 * One literal part of a template (the text between its `${…}`), minified. CSS loses its comments
 * and the spaces around `{ } ; ,` and after `:` (never before it: `a :hover` is not `a:hover`),
 * the zero of `0.5` and the last `;` of a block: about 130 bytes gzip in a chart bundle. Our CSS
 * holds one string (`content`), with none of these in it; test/node/minify-templates.test.ts
 * checks that every stylesheet parses the same after this.
 */
export function minifyPart(raw, tag) {
  if (tag !== 'css') return raw.replace(/\s*\n\s*/g, ' ');
  return raw
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/(?<![\w.])0\.(\d)/g, '.$1')
    .replace(/;}/g, '}');
}

/** The tagged templates of a module (`html`, `svg`, `css`): their tag and literal parts, in order. */
export function templateParts(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const templates = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const literals = ts.isNoSubstitutionTemplateLiteral(node.template)
        ? [node.template]
        : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
      templates.push({
        tag: node.tag.text,
        // The raw text between the delimiters (` ... ${ / } ... ${ / } ... `).
        parts: literals.map((part) => {
          const start = part.getStart(source) + 1;
          const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
          return { start, end, raw: code.slice(start, end) };
        }),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return templates;
}

export function minifyTemplates() {
  return {
    name: 'datamed-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      const edits = [];
      for (const { tag, parts } of templateParts(code, id))
        for (const { start, end, raw } of parts) {
          const text = minifyPart(raw, tag);
          if (text !== raw) edits.push([start, end, text]);
        }
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
