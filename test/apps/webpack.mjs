/**
 * webpack for the app of the current folder, without webpack-cli:
 *   node ../webpack.mjs build          production build into dist-webpack/
 *   node ../webpack.mjs serve <port>   webpack-dev-server (development) on 127.0.0.1:<port>
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const require = createRequire(import.meta.url);
const [command, port] = process.argv.slice(2);
const mode = command === 'serve' ? 'development' : 'production';
const config = { mode, ...require(resolve(process.cwd(), 'webpack.config.cjs'))({}, { mode }) };
const compiler = webpack(config);

if (command === 'serve') {
  await new WebpackDevServer({ ...config.devServer, port: Number(port) }, compiler).start();
} else {
  compiler.run((error, stats) => {
    if (error || stats.hasErrors()) {
      console.error(error ?? stats.toString('errors-only'));
      process.exitCode = 1;
    }
    compiler.close(() => {});
  });
}
