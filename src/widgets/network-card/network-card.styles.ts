import { css } from 'lit';

export const networkCardStyles = css`
  .card {
    display: grid;
    gap: var(--_gap-m);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    zoom: var(--_heading-l);
  }
  .partners-title {
    zoom: var(--_heading-s);
  }
  .long {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
    color: var(--_muted);
  }
  a .long {
    color: inherit;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em var(--_space);
  }
  .facts dt {
    font-weight: 600;
  }
  .partners {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_gap-s);
  }
  .partners li {
    padding: 0.15em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .partners .lead {
    border-color: var(--_accent);
    font-weight: 600;
  }
  .link {
    justify-self: start;
    display: inline-block;
    padding-block: 0.25em;
  }
  :host([compact]) .card {
    gap: var(--_gap-s);
    padding: var(--_gap-m);
  }
  :host([compact]) .title {
    zoom: var(--_heading-m);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .skeleton {
    min-height: 14em;
  }
  :host([compact]) .skeleton {
    min-height: 5em;
  }
  @container (max-width: 400px) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.4em;
    }
  }
`;
