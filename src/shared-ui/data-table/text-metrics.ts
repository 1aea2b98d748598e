import { html, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';

/**
 * Notices when the table's text takes another width while none of its values changed: the user
 * set text spacing or a larger font on the page (WCAG 1.4.12), the host changed its font, or a
 * web font finished loading. Columns are sized from their values as laid out when the rows first
 * show; after such a change they must be measured again, else values are cut off. A short
 * sample of text, unseen, in the table's font is watched for a change of width.
 */
export class TextMetrics {
  private readonly sample = createRef<HTMLSpanElement>();
  private width: number | undefined;

  /** The sample, for the table's scroller (styled `.text-sample` in `data-table.styles.ts`). */
  render(): TemplateResult {
    return html`<span class="text-sample" aria-hidden="true" ${ref(this.sample)}>0 Wm</span>`;
  }

  /** The element to observe for a change of size. */
  get element(): HTMLElement | undefined {
    return this.sample.value;
  }

  /** True when the sample's width changed since the last look (the first look only records it). */
  changed(): boolean {
    const width = this.sample.value?.getBoundingClientRect().width;
    if (!width) return false;
    const before = this.width;
    this.width = width;
    return before !== undefined && Math.abs(before - width) > 0.01;
  }
}
