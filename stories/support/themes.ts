/**
 * Two vendor themes made only from the public surface: `--paw-*` tokens and `::part()`.
 * Scoped to a wrapper class so stories can show them side by side.
 */
export const THEMES = {
  /** A dark-blue telecom brand with square corners and uppercase tabs. */
  nimbus: `
    .theme-nimbus {
      --paw-color-primary: #0a3d62;
      --paw-color-on-primary: #ffffff;
      --paw-color-surface: #f7f9fc;
      --paw-color-surface-raised: #e8eef7;
      --paw-color-border: #9fb3c8;
      --paw-color-focus: #e55039;
      --paw-radius: 0px;
      --paw-font-family: Georgia, 'Times New Roman', serif;
      --paw-space-m: 1.25em;
    }
    .theme-nimbus account-settings::part(tab) { text-transform: uppercase; letter-spacing: 0.06em; }
    .theme-nimbus account-settings::part(title) { color: #0a3d62; border-block-end: 3px solid #e55039; padding-block-end: 0.25em; }
    .theme-nimbus account-settings::part(button) { font-weight: 700; }
  `,
  /** A friendly green reseller brand with pill buttons, rounded cards and a dark page. */
  verdant: `
    .theme-verdant {
      color-scheme: dark;
      background: #10201a;
      padding: 1em;
      --paw-color-primary: #3ddc97;
      --paw-color-on-primary: #08130e;
      --paw-color-surface: #10201a;
      --paw-color-surface-raised: #1a3328;
      --paw-color-text: #e9fff4;
      --paw-color-text-muted: #a9cdbb;
      --paw-color-border: #2f5946;
      --paw-color-danger: #ff8a80;
      --paw-color-focus: #ffe066;
      --paw-radius: 14px;
      --paw-font-family: 'Trebuchet MS', system-ui, sans-serif;
    }
    .theme-verdant account-settings::part(button) { border-radius: 999px; }
    .theme-verdant account-settings::part(tab-selected) { background: #1a3328; border-radius: 14px 14px 0 0; }
    .theme-verdant account-settings::part(contact) { box-shadow: 0 0 0 1px #3ddc97 inset; }
  `,
} as const;

export type ThemeName = keyof typeof THEMES;
