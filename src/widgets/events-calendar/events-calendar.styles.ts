import { css } from 'lit';

/**
 * Sizes are in em so the calendar follows the page's font size. The grid's
 * row height (--_cell) and the header's height are set per container width,
 * for their content at line height 1.5, so the loading skeleton reserves the
 * final height. They are the least a row takes: it grows, never clips, when
 * a reader's spacing needs more (WCAG 1.4.12).
 */
export const eventsCalendarStyles = css`
  :host {
    --_cell: 4.75em;
    --_head: 2em;
    --_control: 2.75em;
  }

  /* --_inset: the shared inner padding, set when a theme paints a background. */
  .calendar,
  .skeleton {
    display: grid;
    gap: var(--_gap-m);
    padding: var(--_inset);
  }

  /* Header: heading, then the controls; one row when wide, two when not. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap-s) var(--_space);
    min-height: var(--_control);
  }
  .heading {
    zoom: var(--_heading-l);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap-s) var(--_space);
  }
  .nav {
    display: flex;
    gap: 0.375em;
  }
  .nav .button {
    min-height: var(--_control);
    padding-inline: 0.75em;
  }
  .arrow {
    font-size: 1.4em;
    line-height: 1;
  }
  .views {
    display: inline-flex;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .view-button {
    min-height: calc(var(--_control) - 4px);
    min-width: 2.75em;
    padding: 0.25em 0.9em;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  .view-button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* The month grid. */
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  .grid th {
    height: var(--_head);
    padding: 0;
    font-weight: 600;
  }
  /* On the span, not the cell: the row height stays in the host's em. */
  .grid th > span {
    font-size: 0.875em;
  }
  .grid td {
    height: var(--_cell);
    padding: 0.3em;
    border: 1px solid var(--_border);
    vertical-align: top;
    cursor: pointer;
    background: var(--_surface);
  }
  .grid td:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  /*
   * Focus as GOV.UK draws it (styles.ts), yellow and black: table cells with
   * collapsed borders draw no box-shadow, so the black ring is a pseudo-element.
   */
  .grid td:focus-visible {
    position: relative;
    z-index: 1;
    box-shadow: none;
  }
  .grid td:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    box-shadow: inset 0 0 0 3px #0b0c0c;
    pointer-events: none;
  }
  /* At least a circle: wider or taller when the reader's spacing needs it. */
  .number {
    display: inline-grid;
    place-items: center;
    min-width: 1.9em;
    min-height: 1.9em;
    border-radius: 999px;
    font-variant-numeric: tabular-nums;
  }
  .outside {
    color: var(--_muted);
  }
  .grid td.outside {
    background: var(--_raised);
  }
  /*
   * Today: a ring round the number, a shape, not only a colour. An outline,
   * not a transparent border on every day: forced-colors mode would paint
   * those borders and ring every day.
   */
  td.today .number {
    outline: 2px solid currentColor;
    outline-offset: -2px;
    font-weight: 700;
  }
  /* The chosen day: filled, with a heavy border. */
  .grid td[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .count {
    display: flex;
    align-items: center;
    gap: 0.3em;
    margin-top: 0.2em;
    font-size: 0.8125em;
    font-weight: 600;
  }
  .dot {
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }
  .count .short {
    display: none;
  }

  /*
   * Wide: the first events of each day, one clipped line each (the full title
   * in \`title\`). Row heights are set on the elements inside: a container
   * query never matches the container (:host) itself.
   */
  @container (min-width: 48em) {
    .calendar,
    .skeleton {
      --_cell: 6.5em;
    }
  }
  .titles {
    display: grid;
    gap: 0.125em;
    margin-top: 0.125em;
    font-size: 0.8125em;
  }
  .title {
    display: block;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* A margin, not a space: the build's template minifier drops the space between the two. */
  .title .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    margin-inline-end: 0.3em;
  }
  /* Multi-day and all-day events: a band in the event colour across the days. */
  .title.band {
    margin-inline: -0.35em;
    padding-inline: 0.35em;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .title.band:not(.continued) {
    margin-inline-start: 0;
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
  }
  .title.cancelled {
    text-decoration: line-through;
  }
  .title.band.cancelled {
    background: transparent;
    color: inherit;
    outline: 1px dashed currentColor;
    outline-offset: -1px;
  }
  .more {
    font-weight: 700;
    text-decoration: underline;
  }
  .grid td[aria-selected='true'] .title.band {
    outline: 1px solid var(--_on-accent);
    outline-offset: -1px;
  }
  .more-button {
    justify-self: start;
  }

  .empty {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }

  /* Events of a day, and the list view. */
  .day-events,
  .agenda,
  .agenda-day {
    display: grid;
    gap: var(--_gap-m);
  }
  .day-heading {
    zoom: var(--_heading-m);
  }
  .agenda {
    gap: var(--_gap-l);
  }
  .agenda-day .day-heading {
    padding-bottom: 0.3em;
    border-bottom: 2px solid var(--_border);
  }
  .events {
    display: grid;
    gap: var(--_space);
  }
  .event {
    display: grid;
    gap: 0.3em;
    justify-items: start;
    padding-inline-start: 0.85em;
    border-inline-start: 4px solid var(--_accent);
  }
  .event.cancelled {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--_border);
  }
  .event-title {
    zoom: var(--_heading-s);
  }
  .event-title s {
    text-decoration-thickness: 2px;
  }
  .status,
  .tag {
    display: inline-block;
    padding: 0 0.4em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.8125em;
    font-weight: 700;
    vertical-align: 0.1em;
  }
  /* A badge before a title keeps its distance (the space after it collapses in a heading). */
  .status {
    margin-inline-end: 0.5em;
  }
  .cancelled .status {
    color: var(--_error);
  }
  .when,
  .where {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
  }
  .when {
    font-weight: 600;
  }
  .zone,
  .your-time,
  .day-of,
  .address {
    font-weight: 400;
    color: var(--_muted);
  }
  .online {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5em;
  }
  .summary {
    max-width: 40em;
  }
  .add {
    margin-top: 0.25em;
    min-height: 2.5em;
    padding-block: 0.3em;
    font-size: 0.9375em;
  }

  /* Loading: the same rhythm and sizes as the month it stands for. */
  /* The month heading's line: 1.5em of text at line height 1.5 (the host's, see styles.ts). */
  .skeleton-heading {
    width: 9em;
    height: 2.25em;
  }
  .skeleton-controls {
    display: flex;
    align-items: center;
    gap: var(--_gap-s) var(--_space);
    min-height: var(--_control);
  }
  .skeleton-button {
    width: 20em;
    height: var(--_control);
  }
  .skeleton-views {
    width: 7.5em;
    height: var(--_control);
  }
  .skeleton-grid {
    display: grid;
    grid-template-columns: repeat(7, 1fr);
    grid-template-rows: var(--_head) repeat(6, var(--_cell));
  }
  .skeleton-grid .bone {
    height: auto;
    border: 1px solid transparent;
    background-clip: padding-box;
  }
  .skeleton-line {
    height: 1.5em;
    width: 16em;
  }

  /* Medium: controls on their own row, arrows without words. */
  @container (max-width: 44em) {
    .header {
      display: grid;
      grid-template-columns: 1fr;
    }
    .controls {
      justify-content: space-between;
    }
    .nav .label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .skeleton-button {
      width: 10em;
    }
    /* A day number and a count at line height 1.5. */
    .calendar,
    .skeleton {
      --_cell: 4em;
    }
  }

  /* Sidebar: a compact grid, counts as a dot and a number. */
  @container (max-width: 26em) {
    .calendar,
    .skeleton {
      --_cell: 3.25em;
      --_head: 1.75em;
    }
    .grid th > span {
      font-size: 0.75em;
    }
    .grid td {
      padding: 0.15em;
      text-align: center;
    }
    .number {
      min-width: 1.75em;
      min-height: 1.75em;
      font-size: 0.9375em;
    }
    .count {
      justify-content: center;
      margin-top: 0.1em;
      font-size: 0.75em;
    }
    .count .short {
      display: inline;
    }
    .count .long {
      display: none;
    }
    .nav {
      gap: 0.25em;
    }
    .nav .button {
      padding-inline: 0.5em;
    }
    .view-button {
      padding-inline: 0.6em;
    }
    .controls,
    .skeleton-controls {
      display: grid;
      justify-content: stretch;
      gap: var(--_gap-s);
    }
    .nav .today-button {
      flex: 1;
    }
    .views {
      justify-self: start;
    }
    .skeleton-button {
      width: 100%;
    }
    .skeleton-heading {
      height: 1.875em;
    }
  }

  @media (forced-colors: active) {
    .grid td {
      border-color: CanvasText;
    }
    .outside {
      color: GrayText;
    }
    .grid td[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* Drawn in the day's text colour (forced-color-adjust is inherited: the chosen day's too). */
    .dot {
      forced-color-adjust: none;
    }
    .view-button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    /* Inside the button, in the colour of its text: the group's border hugs it outside. */
    .view-button:focus-visible {
      outline-color: ButtonText;
      outline-offset: -6px;
    }
    .view-button[aria-pressed='true']:focus-visible {
      outline-color: HighlightText;
    }
    .views {
      border-color: ButtonText;
    }
    .title.band {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .grid td[aria-selected='true'] .title.band {
      background: HighlightText;
      color: Highlight;
    }
  }
`;
