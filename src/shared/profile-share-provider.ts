/**
 * The profile's side of ./profile-share.ts: a `<city-profile>` answers the
 * widgets it renders with its loaded feed, strings and language. Only the
 * profile imports this.
 */
import {
  PROFILE_SHARE,
  type Callback,
  type ContextRequest,
  type Host,
  type ProfileShare,
} from './profile-share.js';

/** On a profile: answers the widgets in its own shadow root (not its slotted fallback). */
export class ShareProvider {
  private value?: ProfileShare;
  private readonly subscribers = new Set<Callback>();

  constructor(host: Host) {
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequest;
      if (request.context !== PROFILE_SHARE) return;
      if (request.contextTarget.getRootNode() !== host.shadowRoot) return;
      event.stopPropagation();
      const { callback } = request;
      const unsubscribe = () => this.subscribers.delete(callback);
      if (request.subscribe) this.subscribers.add(callback);
      if (this.value) callback(this.value, unsubscribe);
    });
  }

  /** Shares `value`; the children hear of it only when something in it changed. */
  set(value: ProfileShare): void {
    const old = this.value;
    if (
      old &&
      old.loaded === value.loaded &&
      old.strings === value.strings &&
      old.lang === value.lang
    ) {
      return;
    }
    this.value = value;
    for (const callback of this.subscribers)
      callback(value, () => this.subscribers.delete(callback));
  }
}
