import './dev-flag.js';
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { render } from 'lit';
import '../src/index.js';
import './preview.css';

// Autodocs read attributes, properties, events, slots, parts and custom properties from the manifest.
setCustomElementsManifest(manifest);

/**
 * Toolbar globals: language (sets `lang` around the story) and theme (sets `theme` on every
 * DataMed element of the story; "forced" previews Windows high-contrast colours).
 */
const withLangAndTheme: Decorator = (story, context) => {
  const wrapper = document.createElement('div');
  const lang = String(context.globals.lang ?? 'fr');
  const theme = String(context.globals.theme ?? 'ansm');
  wrapper.lang = lang;
  wrapper.className = `sb-wrap sb-theme-${theme.replace(/\s+/g, '-')}`;
  document.documentElement.lang = lang;
  render(story() as Parameters<typeof render>[0], wrapper);
  const attr = theme === 'ansm' || theme === 'forced' ? null : theme;
  for (const el of wrapper.querySelectorAll('*')) {
    if (el.tagName.toLowerCase().startsWith('datamed-') && !el.hasAttribute('data-keep-theme')) {
      if (attr) el.setAttribute('theme', attr);
      else el.removeAttribute('theme');
    }
  }
  return wrapper;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLangAndTheme],
  globalTypes: {
    lang: {
      description: 'Langue',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Thème',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: [
          { value: 'ansm', title: 'ANSM' },
          { value: 'dsfr', title: 'DSFR' },
          { value: 'dark', title: 'Sombre (ANSM)' },
          { value: 'dsfr dark', title: 'Sombre (DSFR)' },
          { value: 'forced', title: 'Couleurs forcées (aperçu)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fr', theme: 'ansm' },
  parameters: {
    // Every story is an accessibility test: any axe violation fails it.
    a11y: { test: 'error' },
    layout: 'padded',
    viewport: {
      options: {
        mobile320: {
          name: '320 px (petit mobile)',
          styles: { width: '320px', height: '640px' },
          type: 'mobile',
        },
        tablet768: {
          name: '768 px (tablette)',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        desktop1280: {
          name: '1280 px (bureau)',
          styles: { width: '1280px', height: '900px' },
          type: 'desktop',
        },
      },
    },
    controls: { expanded: true },
  },
};

export default preview;
