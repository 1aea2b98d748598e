/**
 * A host portal in Vue 3 without single-file components: a template string compiled in the browser
 * by Vue's full build (the Vite config aliases `vue` to `vue/dist/vue.esm-bundler.js`).
 * - `compilerOptions.isCustomElement` tells Vue which tags are the library's custom elements
 *   (derived from `ELEMENTS`, so new elements need no change here);
 * - `.prop` binds the provider as a DOM property (objects cannot be attributes), and `markRaw`
 *   keeps Vue from wrapping it in a reactive proxy;
 * - `@account-menu-select`, `@section-change` listen for the elements' events (`$event.detail`).
 */
import { createApp, markRaw, ref } from 'vue';
import { ELEMENTS, createDemoProvider, type SectionId } from 'pbx-account-widgets/all'; // defines every element

const provider = markRaw(createDemoProvider({ seed: 'examples', latency: 100 }));

const app = createApp({
  setup() {
    const page = ref<'dashboard' | 'settings'>('dashboard');
    const section = ref<SectionId>('user');
    const onMenuSelect = (event: CustomEvent<{ item: string }>) => {
      if (event.detail.item === 'account') page.value = 'settings';
    };
    return { provider, page, section, onMenuSelect };
  },
  template: `
    <header class="portal-header">
      <a class="portal-brand" href="#" @click.prevent="page = 'dashboard'">Acme PBX</a>
      <account-menu :provider.prop="provider" @account-menu-select="onMenuSelect"></account-menu>
    </header>
    <main class="portal-main">
      <account-settings
        v-if="page === 'settings'"
        :provider.prop="provider"
        :section="section"
        @section-change="section = $event.detail.section"
      ></account-settings>
      <p v-else class="portal-dashboard">Dashboard. Open the account menu (top right) and choose Account.</p>
    </main>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => Object.hasOwn(ELEMENTS, tag);
app.mount('#app');
