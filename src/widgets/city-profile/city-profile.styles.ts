import { css } from 'lit';

export const cityProfileStyles = css`
  .profile {
    display: grid;
    gap: var(--_gap-l);
    padding: var(--_inset);
  }
  /* The profile has painted the background already; its widgets do not inset themselves again. */
  network-card,
  activity-feed,
  events-calendar {
    --_inset: 0;
  }
  .header {
    display: grid;
    /* minmax(0, …): the picture's 640 px intrinsic width must not widen a narrow column. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .intro,
  .practice {
    display: grid;
    align-content: start;
    gap: var(--_gap-s);
  }
  /* One step above the sections, whatever the width. */
  .name {
    zoom: calc(var(--_heading-l) + 0.25);
  }
  .image {
    display: block;
    width: 100%;
    max-width: 32rem;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_gap-l);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.4em;
  }
  .facts dt {
    color: var(--_muted);
    overflow-wrap: normal;
  }
  .facts dd {
    font-weight: 600;
  }
  .about,
  section {
    display: grid;
    gap: var(--_gap-m);
  }
  .about {
    max-width: 42em;
  }
  .website {
    justify-self: start;
    display: inline-block;
    padding-block: 0.25em;
  }
  .section-title {
    zoom: var(--_heading-l);
  }
  .networks,
  .practices {
    display: grid;
    gap: var(--_space);
  }
  .practice {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .practice-title {
    zoom: var(--_heading-m);
  }
  /* Chips as tall as their text, however tall the card beside them. */
  .topics {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_gap-s);
    font-size: 0.875em;
  }
  .topics li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_raised);
  }
  .empty {
    display: grid;
    gap: var(--_gap-s);
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton {
    min-height: 40em;
  }
  .bone.name-bone {
    height: 2em;
    width: 45%;
  }
  @container (min-width: 48em) {
    .networks,
    .practices {
      grid-template-columns: repeat(auto-fill, minmax(18em, 1fr));
    }
    .header.with-image {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
`;
