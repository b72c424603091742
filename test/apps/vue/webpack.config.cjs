/** The Vue app under webpack 5: `serve` (webpack-dev-server) and a production build. */
const { resolve } = require('node:path');
const { VueLoaderPlugin } = require('vue-loader');
const { DefinePlugin } = require('webpack');

module.exports = () => ({
  context: __dirname,
  entry: './src/main.ts',
  output: { path: resolve(__dirname, 'dist-webpack'), filename: '[name].[contenthash].js', clean: true },
  resolve: { extensions: ['.ts', '.js', '.vue'] },
  module: {
    rules: [
      {
        test: /\.vue$/,
        loader: 'vue-loader',
        options: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('datamed-') } },
      },
      { test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, appendTsSuffixTo: [/\.vue$/] } },
    ],
  },
  devtool: false,
  performance: { hints: false },
  devServer: { host: '127.0.0.1', static: false, hot: false, liveReload: false, client: false },
  plugins: [
    new VueLoaderPlugin(),
    new DefinePlugin({
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    }),
    require('../html-page.cjs')('DataMed Widgets in Vue 3', '<div id="app"></div>'),
  ],
});
