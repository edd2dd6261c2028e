import { css } from 'lit';

export const cityProfileStyles = css`
  .profile {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .header {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding-bottom: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .name {
    font-size: 1.75em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em calc(var(--_space) * 1.5);
  }
  .facts div {
    display: flex;
    gap: 0.4em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    font-weight: 600;
  }
  .about {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    max-width: 42em;
  }
  .website {
    justify-self: start;
    display: inline-block;
    padding-block: 0.25em;
  }
  section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .section-title {
    font-size: 1.25em;
  }
  .networks,
  .practices {
    display: grid;
    gap: var(--_space);
  }
  .practice {
    display: grid;
    gap: 0.35em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .practice-title {
    font-size: 1.05em;
  }
  .topics {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    font-size: 0.875em;
  }
  .topics li {
    padding: 0.1em 0.55em;
    border-radius: 999px;
    background: var(--_raised);
  }
  .empty {
    color: var(--_muted);
  }
  .skeleton {
    min-height: 40em;
  }
  .bone.name-bone {
    height: 2em;
    width: 45%;
  }
  .bone.w30 {
    width: 30%;
  }
  @container (min-width: 48em) {
    .networks,
    .practices {
      grid-template-columns: repeat(auto-fill, minmax(18em, 1fr));
    }
    .columns {
      display: grid;
      grid-template-columns: 3fr 2fr;
      gap: calc(var(--_space) * 2);
      align-items: start;
    }
  }
  .columns {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
`;
