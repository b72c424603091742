import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The demo data the widgets load by default, and the fixtures of the stories.
  staticDirs: [
    { from: '../demo-data', to: '/demo-data' },
    { from: '../demo/fixtures', to: '/fixtures' },
  ],
  async viteFinal(config) {
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
      ],
    };
    // Storybook's own preview runtime (1.2 MB), axe and Vega are large by nature; they load only in
    // this review tool, never with the widgets. Warn only beyond that.
    config.build = { ...config.build, chunkSizeWarningLimit: 1_500 };
    return config;
  },
};
export default config;
