/**
 * What a `<city-profile>` hands the widgets it renders: its loaded and
 * checked feed, its `strings` and its language, so that a profile parses
 * its feed once, not once per child.
 *
 * It speaks the community context protocol (a `context-request` event, as
 * @lit/context does) in about 40 lines: @lit/context would add about 1 KB
 * for providers and roots we do not need, to a script already over its size
 * budget (README, "Measured"). The profile's side is ./profile-share-provider.ts,
 * so that pages without a profile do not load it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LoadedFeeds } from '../feed/loader.js';
import type { MessageKey } from './i18n.js';
import type { Message } from './strings/en.js';

export interface ProfileShare {
  loaded: LoadedFeeds;
  strings?: Partial<Record<MessageKey, Message>>;
  lang: string;
}

export type Callback = (value: ProfileShare, unsubscribe: () => void) => void;

/** The context's key; versioned and global, so two copies of the library still meet. */
export const PROFILE_SHARE = Symbol.for('civic-widgets.profile-share.v1');

export interface ContextRequest extends Event {
  context: unknown;
  contextTarget: Element;
  callback: Callback;
  subscribe?: boolean;
}

export type Host = ReactiveControllerHost & HTMLElement;

/** On a widget: takes what a profile around it shares (nothing when there is none). */
export class ShareConsumer implements ReactiveController {
  value?: ProfileShare;
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: PROFILE_SHARE,
      contextTarget: this.host,
      subscribe: true,
      callback: ((value, unsubscribe) => {
        this.unsubscribe = unsubscribe;
        this.value = value;
        this.host.requestUpdate();
      }) satisfies Callback,
    });
    this.host.dispatchEvent(request);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.value = undefined;
  }
}
