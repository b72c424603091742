/**
 * A Vite plugin for the CDN and benchmark builds: collapses the indentation inside Lit's `html`,
 * `svg` and `css` tagged templates (and CSS comments), which minifiers keep verbatim. Uses the
 * TypeScript parser to find the templates, so strings, comments and regular expressions elsewhere
 * are never touched. Whitespace runs that hold a line break become one space: HTML and CSS read
 * them the same (none of our templates holds a <pre> or a multi-line CSS string).
 */
import ts from 'typescript';

const TAGS = new Set(['html', 'svg', 'css']);

export function minifyTemplates() {
  return {
    name: 'datamed-minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|svg|css)`/.test(code)) return null;
      const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
          const isCss = node.tag.text === 'css';
          const parts = ts.isNoSubstitutionTemplateLiteral(node.template)
            ? [node.template]
            : [node.template.head, ...node.template.templateSpans.map((s) => s.literal)];
          for (const part of parts) {
            // The raw text between the delimiters (` ... ${ / } ... ${ / } ... `).
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const raw = code.slice(start, end);
            let text = isCss ? raw.replace(/\/\*[\s\S]*?\*\//g, '') : raw;
            text = text.replace(/\s*\n\s*/g, ' ');
            if (text !== raw) edits.push([start, end, text]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
