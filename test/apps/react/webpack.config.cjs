/** The React app under webpack 5: `serve` (webpack-dev-server) and a production build. */
const { resolve } = require('node:path');

module.exports = (env, argv) => ({
  context: __dirname,
  entry: './src/main.tsx',
  output: { path: resolve(__dirname, 'dist-webpack'), filename: '[name].[contenthash].js', clean: true },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true } }],
  },
  devtool: false,
  performance: { hints: false },
  devServer: { host: '127.0.0.1', static: false, hot: false, liveReload: false, client: false },
  plugins: [require('../html-page.cjs')('DataMed Widgets in React 19', '<div id="root"></div>')],
});
