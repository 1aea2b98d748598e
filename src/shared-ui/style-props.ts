import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Styles = Record<string, string | undefined>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never through the
 * `style` attribute, so it works under `style-src 'self'` (Lit's `styleMap` writes the attribute
 * on first render, which a strict CSP blocks). Use on an element: `<div ${styleProps({ height:
 * '10px', '--_x': '1' })}>`. Names are CSS property names (kebab-case or custom properties).
 */
class StyleProps extends Directive {
  private applied = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() goes in element position: <div ${styleProps({…})}>');
  }

  render(_styles: Styles): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Styles]): typeof nothing {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (styles[name] === undefined) style.removeProperty(name);
    }
    this.applied = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.applied.add(name);
    }
    return nothing;
  }
}

export const styleProps = directive(StyleProps);
