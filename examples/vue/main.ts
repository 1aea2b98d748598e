/** Registers every element, then mounts the portal (App.vue, compiled by Vite's Vue plugin). */
import { createApp } from 'vue';
import 'pbx-account-widgets/all';
import App from './App.vue';

createApp(App).mount('#app');
