/**
 * Vue 3. `isCustomElement` tells Vue's template compiler that `datamed-*` tags are custom elements,
 * not Vue components. `:data.prop` passes an object as a property; `@datamed-select` listens to the
 * event of that name. (With a build step, the same option goes to the Vue plugin of Vite:
 * `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('datamed-') } } })`.)
 */
import { createApp, ref } from 'vue';
import 'datamed-widgets/substance-search';
import 'datamed-widgets/key-figure';
import 'datamed-widgets/bar-chart';
import { SAMPLE_CHART } from '../sample-chart.js';

const template = `
  <div class="datamed-vue-example">
    <datamed-substance-search :substance="substance" @datamed-select="onSearch"></datamed-substance-search>
    <datamed-key-figure :substance="substance" heading-level="2" @datamed-load="onLoad" @datamed-error="onError"></datamed-key-figure>
    <datamed-bar-chart :data.prop="chart" heading-level="2" @datamed-select="onChoose"></datamed-bar-chart>
    <p role="status">{{ status }}</p>
  </div>`;

/** Mounts the app into `container`; returns the Vue app (call `.unmount()` to remove it). */
export function mount(container, { initial = 'paracetamol' } = {}) {
  const app = createApp({
    template,
    setup() {
      const substance = ref(initial);
      const status = ref('');
      return {
        substance,
        status,
        chart: SAMPLE_CHART,
        onSearch(event) {
          event.preventDefault();
          substance.value = event.detail.code;
        },
        onLoad: (event) => (status.value = `Chargé : ${event.detail.substance}`),
        onError: (event) => (status.value = `Erreur (${event.detail.kind})`),
        onChoose: (event) => (status.value = `Choisi : ${event.detail.label}`),
      };
    },
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('datamed-');
  app.mount(container);
  return app;
}
