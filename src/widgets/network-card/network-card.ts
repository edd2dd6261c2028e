import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LoadedFeeds } from '../../feed/loader.js';
import type { City, Network, RecordKind } from '../../feed/types.js';
import { CivicElement } from './base.js';
import { heading } from '../../shared/heading.js';
import { baseStyles } from '../../shared/styles.js';
import { safeUrl } from '../../core/url.js';
import { networkCardStyles } from './network-card.styles.js';

/**
 * A city network at a glance: short name and long title, theme, period,
 * summary, partner cities (lead first) and a link to the network.
 *
 * @summary A card for one network of cities.
 * @tag network-card
 *
 * @slot - Fallback content (e.g. a link to the network's page), shown before the script runs and when the feed fails.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart facts - The theme and period list.
 * @csspart partners - The list of partner cities.
 * @csspart partner - One partner city (also `lead` on the lead partner).
 * @csspart link - The link to the network's website.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error message and Retry button.
 * @csspart error-title - The error's heading.
 * @csspart error-detail - What the feed's publisher must fix (in English, for them).
 * @csspart pause - "Pause updates", shown when `refresh` is set.
 * @csspart retry - The Retry button.
 *
 * @event civic-feed-load - The feed loaded; `detail.problems` lists records that were left out.
 * @event civic-feed-error - The feed failed; `detail.error` says why.
 */
export class NetworkCard extends CivicElement {
  static override styles = [baseStyles, networkCardStyles];

  /** Id of the network to show; without it, the first network in the feed. */
  @property() network?: string;

  /** A one-line variant for lists of networks. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * What the card shows: its feed's networks and cities are checked before the first render,
   * the other records when the browser is idle (FeedController).
   * @internal
   */
  feedKinds(): readonly RecordKind[] {
    return ['networks', 'cities'];
  }

  protected override render(): TemplateResult {
    return this.renderStates({
      errorKey: 'networkError',
      skeleton: () =>
        html`<span class="bone w40"></span><span class="bone w60"></span><span class="bone"></span
          ><span class="bone"></span>`,
      ready: (loaded) => this.renderNetwork(loaded),
    });
  }

  private renderNetwork({ feed }: LoadedFeeds): TemplateResult {
    const network = this.network
      ? feed.networks.find((n) => n.id === this.network)
      : feed.networks[0];
    if (!network) {
      return html`<p part="base" class="card" lang=${this.locale}>${this.t('networkNotFound')}</p>`;
    }
    const cities = new Map(feed.cities.map((city) => [city.id, city]));
    const partners = this.partners(network, cities);
    const link = safeUrl(network.url);
    const period = this.period(network);
    // Feed text carries the feed's language, the card's own words the reader's (WCAG 3.1.2).
    const lang = network.language ?? feed.language ?? nothing;

    const title = html`<bdi dir="auto" lang=${lang}>${network.name}</bdi>${
        network.title
          ? html`<span class="long" dir="auto" lang=${lang}>${network.title}</span>`
          : nothing
      }`;

    if (this.compact) {
      return html`<article part="base" class="card" lang=${this.locale}>
        ${heading(this.level(), link ? html`<a href=${link}>${title}</a>` : title, {
          part: 'title',
          className: 'title',
        })}
        <p class="meta">
          ${network.theme ? html`<span lang=${lang} dir="auto">${network.theme}</span> · ` : nothing}
          ${period ? `${period} · ` : nothing}${this.t('networkPartnerCount', {
            count: partners.length,
          })}
        </p>
      </article>`;
    }

    return html`<article part="base" class="card" aria-labelledby="title" lang=${this.locale}>
      ${heading(this.level(), title, { id: 'title', part: 'title', className: 'title' })}
      ${
        network.theme || period
          ? html`<dl part="facts" class="facts">
              ${
                network.theme
                  ? html`<dt>${this.t('networkTheme')}</dt>
                      <dd dir="auto" lang=${lang}>${network.theme}</dd>`
                  : nothing
              }
              ${
                period
                  ? html`<dt>${this.t('networkPeriod')}</dt>
                      <dd>${period}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
      ${network.summary ? html`<p dir="auto" lang=${lang}>${network.summary}</p>` : nothing}
      ${
        partners.length
          ? html`${heading(this.level(1), this.t('networkPartners'), {
                id: 'partners',
                className: 'partners-title',
              })}
              <ul part="partners" class="partners" aria-labelledby="partners">
                ${partners.map(
                  ({ city, lead }) =>
                    html`<li part=${lead ? 'partner lead' : 'partner'} class=${lead ? 'lead' : ''}>
                      <bdi dir="auto" lang=${city.language ?? feed.language ?? nothing}
                        >${city.name}</bdi
                      >${lead ? ` (${this.t('networkLead')})` : nothing}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        link
          ? html`<a part="link" class="link" href=${link}
              >${this.t('networkVisit', { network: network.name })}</a
            >`
          : nothing
      }
    </article>`;
  }

  /** Partner cities, lead first; an id the feed does not describe is shown as written. */
  private partners(network: Network, cities: Map<string, City>): { city: City; lead: boolean }[] {
    const ids = [...new Set([...(network.lead ? [network.lead] : []), ...(network.cities ?? [])])];
    return ids.map((id) => ({
      city: cities.get(id) ?? { id, name: id },
      lead: id === network.lead,
    }));
  }

  private period(network: Network): string {
    if (network.start && network.end) return this.localize.monthRange(network.start, network.end);
    if (network.start) return this.t('networkSince', { date: this.localize.month(network.start) });
    if (network.end) return this.t('networkUntil', { date: this.localize.month(network.end) });
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'network-card': NetworkCard;
  }
}
