/** A webpack plugin that writes index.html with the entry's scripts (no html-webpack-plugin needed). */
module.exports = (title, body) => ({
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('html-page', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'html-page', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const scripts = [...compilation.entrypoints.get('main').getFiles()]
            .filter((file) => file.endsWith('.js'))
            .map((file) => `<script defer src="/${file}"></script>`)
            .join('\n    ');
          const html = `<!doctype html>\n<html lang="fr">\n  <head>\n    <meta charset="utf-8" />\n    <title>${title}</title>\n    ${scripts}\n  </head>\n  <body>\n    ${body}\n  </body>\n</html>\n`;
          compilation.emitAsset('index.html', new sources.RawSource(html));
        },
      );
    });
  },
});
