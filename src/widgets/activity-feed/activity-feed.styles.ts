import { css } from 'lit';

export const activityFeedStyles = css`
  .base {
    display: grid;
    gap: var(--_space);
    padding: var(--_inset);
  }
  .heading {
    zoom: var(--_heading-l);
  }

  .filters {
    display: grid;
    gap: var(--_gap-s);
  }
  .filter-label,
  .type {
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* A round .button.secondary (styles.ts gives it its colours, hover, pressed and forced colours). */
  .chip {
    gap: 0.35em;
    min-height: 2.5em;
    padding: 0.25em 0.9em;
    border-radius: 999px;
  }
  /* A tick, so "on" is not told by colour alone; hidden from the accessibility tree (aria-pressed says it). */
  .chip[aria-pressed='true']::before {
    content: '✓' / '';
  }
  .count {
    font-weight: 400;
  }

  /* A column of items with lines between them; in wide containers, cards (below). */
  .list {
    display: grid;
    border-bottom: 1px solid var(--_border);
  }
  .item {
    display: grid;
    gap: var(--_gap-s);
    align-content: start;
    padding-block: var(--_gap-m);
    border-top: 1px solid var(--_border);
  }
  .title {
    zoom: var(--_heading-m);
  }
  /* The link is the clamped box: a 24 px target even on one short line. */
  .title .clamp {
    min-block-size: 24px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em var(--_gap-m);
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .new-label {
    padding: 0.05em 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  /* Two classes: it wins over the card's border in wide containers. */
  .item.new {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.75em;
    animation: arrive 1.2s ease-out;
  }
  /* Faint enough that link text keeps 4.5:1 on every frame (4.66:1 at the start, default blue). */
  @keyframes arrive {
    from {
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap-s) var(--_space);
  }
  .status {
    color: var(--_muted);
  }
  .empty {
    padding-block: var(--_gap-m);
    border-block: 1px solid var(--_border);
  }

  .skeleton {
    gap: var(--_space);
  }
  .skeleton .item {
    gap: 0.5em;
  }
  .chips-bone {
    height: 2.5em;
    width: 85%;
  }
  .title-bone {
    height: 1.6em;
  }
  .more-bone {
    height: 2.75em;
    width: 7em;
  }

  /* Chips wrap onto more lines, and summaries onto fewer, in a full-width list. */
  @container (max-width: 40rem) {
    .chips-bone {
      height: 5.5em;
    }
  }
  @container (min-width: 22rem) and (max-width: 40rem) {
    .skeleton .w60 {
      display: none;
    }
  }

  /* Narrow sidebars: a smaller heading, and smaller chips that still make 24 px targets. */
  @container (max-width: 22rem) {
    .title {
      zoom: var(--_heading-s);
    }
    .chips {
      gap: 0.4em;
    }
    .chip {
      min-height: 2.25em;
      padding-inline: 0.65em;
      font-size: 0.9375em;
    }
  }

  /* Main columns: cards in a grid, two or three across (never more, so a card keeps a readable measure). */
  @container (min-width: 40rem) {
    .list {
      grid-template-columns: repeat(
        auto-fill,
        minmax(max(17rem, calc((100% - 2 * var(--_space)) / 3)), 1fr)
      );
      gap: var(--_space);
      border: 0;
    }
    .item {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
  }

  @media (forced-colors: active) {
    .new-label {
      border: 1px solid CanvasText;
    }
    .item.new {
      border-inline-start-color: Highlight;
    }
  }
`;
