/**
 * A Vue 3 app as a partner site writes it from the README: one element, `configure()` from the
 * side-effect-free entry, the template types from `datamed-widgets/vue`, no `source` (the demo data).
 */
import { createApp } from 'vue';
import type {} from 'datamed-widgets/vue';
import App from './App.vue';

createApp(App).mount('#app');
