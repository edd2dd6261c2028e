import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { LoadedFeeds } from '../../feed/loader.js';
import type { City, Feed, Practice } from '../../feed/types.js';
import { CivicElement } from './base.js';
import { heading } from '../../shared/heading.js';
import { ShareProvider } from '../../shared/profile-share-provider.js';
import { baseStyles } from '../../shared/styles.js';
import { safeUrl } from '../../core/url.js';
import { cityProfileStyles } from './city-profile.styles.js';

export const PROFILE_SECTIONS = ['about', 'networks', 'practices', 'activities', 'events'] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/**
 * A city's public profile: who it is, the networks it is in, the good
 * practices it shares, its latest activities and its events. Networks,
 * activities and events are the library's own widgets; the profile hands
 * them its loaded feed, strings and language (one request, one parse).
 * Sections with nothing in them are left out, and a city with nothing
 * published at all gets one sentence saying so.
 *
 * @summary A city's whole profile page in one element.
 * @tag city-profile
 *
 * @slot - Fallback content (e.g. a link to the city's own page), shown before the script runs and when the feed fails.
 *
 * @csspart base - The whole profile.
 * @csspart header - Name, country, region and population.
 * @csspart name - The city's name (the main heading).
 * @csspart image - The city's picture (the feed's `image`), beside the name on wide screens.
 * @csspart facts - Country, region and population.
 * @csspart about - The description and website link.
 * @csspart website - The link to the city's website.
 * @csspart section - Each section (networks, practices, activities, events).
 * @csspart practice - One good practice.
 * @csspart empty - The one message shown when the city has published nothing yet.
 * @csspart skeleton - The placeholder while loading.
 * @csspart error - The error message and Retry button.
 * @csspart error-title - The error's heading.
 * @csspart error-detail - What the feed's publisher must fix (in English, for them).
 * @csspart pause - "Pause updates", shown when `refresh` is set (it pauses the sections too).
 * @csspart retry - The Retry button.
 *
 * @event civic-feed-load - The feed loaded; `detail.problems` lists records that were left out.
 * @event civic-feed-error - The feed failed; `detail.error` says why.
 */
export class CityProfile extends CivicElement {
  static override styles = [baseStyles, cityProfileStyles];

  /** Id of the city to show; without it, the first city in the feed. */
  @property() city?: string;

  /**
   * Which sections to show, in order, separated by spaces:
   * `about networks practices activities events` (the default).
   */
  @property() sections = PROFILE_SECTIONS.join(' ');

  private readonly provider = new ShareProvider(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.data.value;
    if (loaded) this.provider.set({ loaded, strings: this.strings, lang: this.locale });
  }

  protected override render(): TemplateResult {
    return this.renderStates({
      errorKey: 'cityError',
      skeleton: () =>
        html`<span class="bone name-bone"></span><span class="bone w30"></span>
          <span class="bone"></span><span class="bone"></span><span class="bone"></span>`,
      ready: (loaded) => this.renderProfile(loaded),
    });
  }

  private chosenSections(): ProfileSection[] {
    const words = this.sections.split(/\s+/).filter(Boolean);
    return [...new Set(words)].filter((w): w is ProfileSection =>
      (PROFILE_SECTIONS as readonly string[]).includes(w),
    );
  }

  private renderProfile({ feed }: LoadedFeeds): TemplateResult {
    const city = this.city ? feed.cities.find((c) => c.id === this.city) : feed.cities[0];
    if (!city) return html`<p part="base" lang=${this.locale}>${this.t('cityNotFound')}</p>`;
    const lang = city.language ?? feed.language;
    const content = this.content(city, feed);
    const sections = this.chosenSections().filter((section) => content[section]);
    return html`<article
      part="base"
      class="profile"
      lang=${this.locale}
      aria-label=${this.t('cityLabel', { city: city.name })}
    >
      ${this.renderHeader(city, lang)}
      ${
        Object.values(content).some(Boolean)
          ? sections.map((section) => this.renderSection(section, city, feed, lang))
          : html`<div part="empty" class="empty">
              <p>${this.t('cityNothingYet', { city: city.name })}</p>
              <slot></slot>
            </div>`
      }
    </article>`;
  }

  /** Which sections have something to show for `city` (by the rules the inner widgets filter by). */
  private content(city: City, feed: Feed): Record<ProfileSection, boolean> {
    return {
      about: Boolean(city.description?.trim() || safeUrl(city.url)),
      networks: Boolean(city.networks?.length),
      practices: this.practicesOf(city, feed).length > 0,
      activities: feed.activities.some((a) => a.city === city.id),
      events: feed.events.some((e) => e.city === city.id),
    };
  }

  private practicesOf(city: City, feed: Feed): Practice[] {
    return feed.practices.filter(
      (p) => p.city === city.id || (!p.city && feed.cities.length === 1),
    );
  }

  private renderHeader(city: City, lang: string | undefined): TemplateResult {
    const country = city.country ? this.countryName(city.country) : undefined;
    const image = safeUrl(city.image?.url, { web: true });
    return html`<header part="header" class=${image ? 'header with-image' : 'header'}>
      <div class="intro">
        ${heading(
          this.level(),
          html`<span lang=${lang ?? nothing} dir="auto">${city.name}</span>`,
          {
            part: 'name',
            className: 'name',
          },
        )}
        ${city.summary ? html`<p lang=${lang ?? nothing} dir="auto">${city.summary}</p>` : nothing}
        <dl part="facts" class="facts">
          ${
            country
              ? html`<div>
                  <dt>${this.t('cityCountry')}</dt>
                  <dd>${country}</dd>
                </div>`
              : nothing
          }
          ${
            city.region
              ? html`<div>
                  <dt>${this.t('cityRegion')}</dt>
                  <dd lang=${lang ?? nothing} dir="auto">${city.region}</dd>
                </div>`
              : nothing
          }
          ${
            city.population !== undefined
              ? html`<div>
                  <dt>${this.t('cityPopulation')}</dt>
                  <dd>${this.localize.number(city.population)}</dd>
                </div>`
              : nothing
          }
        </dl>
      </div>
      ${
        image
          ? // Width and height give the box its shape before the file arrives: nothing moves.
            html`<img
              part="image"
              class="image"
              src=${image}
              alt=${city.image?.alt ?? ''}
              lang=${lang ?? nothing}
              width="640"
              height="360"
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
    </header>`;
  }

  private renderSection(
    section: ProfileSection,
    city: City,
    feed: Feed,
    lang: string | undefined,
  ): TemplateResult | typeof nothing {
    // The data comes from this profile (ShareProvider); src and feed stay for a copy of the
    // library without it. The profile's own "Pause updates" pauses its children too.
    const shared = {
      src: this.src,
      feed: this.feed,
      refresh: this.paused ? 0 : this.refresh,
      theme: this.theme,
    };
    switch (section) {
      case 'about': {
        const website = safeUrl(city.url);
        const paragraphs = (city.description ?? '').split(/\n\s*\n/).filter((p) => p.trim());
        return html`<div part="about" class="about">
          ${paragraphs.map((p) => html`<p lang=${lang ?? nothing} dir="auto">${p.trim()}</p>`)}
          ${
            website
              ? html`<a part="website" class="website" href=${website}
                  >${this.t('cityWebsite', { city: city.name })}</a
                >`
              : nothing
          }
        </div>`;
      }
      case 'networks':
        return this.wrap(
          'networks',
          this.t('cityNetworks'),
          html`<div class="networks">
            ${(city.networks ?? []).map(
              (id) =>
                html`<network-card
                  compact
                  network=${id}
                  heading-level=${this.level(2)}
                  .src=${shared.src}
                  .feed=${shared.feed}
                  .refresh=${shared.refresh}
                  .refreshControlled=${true}
                  .theme=${shared.theme}
                ></network-card>`,
            )}
          </div>`,
        );
      case 'practices':
        return this.wrap(
          'practices',
          this.t('cityPractices'),
          html`<ul class="practices">
            ${this.practicesOf(city, feed).map((p) => this.renderPractice(p, feed))}
          </ul>`,
        );
      case 'activities':
        return html`<activity-feed
          part="section"
          city=${city.id}
          heading-level=${this.level(1)}
          .src=${shared.src}
          .feed=${shared.feed}
          .refresh=${shared.refresh}
          .refreshControlled=${true}
          .theme=${shared.theme}
        ></activity-feed>`;
      case 'events':
        return html`<events-calendar
          part="section"
          city=${city.id}
          heading-level=${this.level(1)}
          .src=${shared.src}
          .feed=${shared.feed}
          .refresh=${shared.refresh}
          .refreshControlled=${true}
          .theme=${shared.theme}
        ></events-calendar>`;
    }
  }

  private wrap(id: string, title: string, content: TemplateResult): TemplateResult {
    return html`<section part="section" aria-labelledby=${`${id}-title`}>
      ${heading(this.level(1), title, { id: `${id}-title`, className: 'section-title' })} ${content}
    </section>`;
  }

  private renderPractice(practice: Practice, feed: Feed): TemplateResult {
    const url = safeUrl(practice.url);
    const lang = practice.language ?? feed.language;
    return html`<li part="practice" class="practice" lang=${lang ?? nothing}>
      ${heading(
        this.level(2),
        html`<bdi dir="auto"
          >${
            url
              ? html`<a class="clamp" href=${url} title=${practice.title}>${practice.title}</a>`
              : html`<span class="clamp" title=${practice.title}>${practice.title}</span>`
          }</bdi
        >`,
        {
          className: 'practice-title',
        },
      )}
      ${practice.summary ? html`<p dir="auto">${practice.summary}</p>` : nothing}
      ${
        practice.topics?.length
          ? html`<ul class="topics">
              ${practice.topics.map((topic) => html`<li dir="auto">${topic}</li>`)}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private countryName(code: string): string {
    return this.localize.region(code);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'city-profile': CityProfile;
  }
}
