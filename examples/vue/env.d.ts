// For plain `tsc` (examples/tsconfig.json), which does not read .vue files: vue-tsc type-checks
// App.vue itself, template included (`npm run check:vue`).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
