import type { Activity, Storage, StoreItem, TurnContext } from 'botbuilder';
import type { Lang } from '../domain/types';
import { updateItem } from '../storage/etag-update';

/** What the bot keeps about a user: only the chosen reply language (no personal data). */
export interface UserProfile {
  lang?: Lang;
}

/** The stored item: laid out as botbuilder's `UserState` property `profile`, so existing data still reads. */
interface StoredUser extends StoreItem {
  profile?: UserProfile;
}

/** Options for the preference store. */
export interface PreferenceOptions {
  /** The note added after the turn's reply when a language choice could not be saved. */
  readonly unsavedNote?: (lang: Lang) => string;
  /** Attempts when another instance changed the same user at the same time (eTag conflict). */
  readonly maxAttempts?: number;
}

/** The key `UserState` uses: `<channel>/users/<user id>`; undefined without a user. */
function userKey(activity: Partial<Activity>): string | undefined {
  const user = activity.from?.id;
  return activity.channelId && user ? `${activity.channelId}/users/${user}` : undefined;
}

const isLang = (v: unknown): v is Lang => v === 'en' || v === 'hi';

/**
 * Reads and saves the user's language preference straight in the bot's `Storage`
 * (one read per turn; a save is a read-modify-write guarded by the item's eTag).
 */
export class UserPreferences {
  constructor(private readonly storage: Storage, private readonly options: PreferenceOptions = {}) {}

  /** The saved language, if any (undefined when the store can't be read). */
  async language(context: TurnContext): Promise<Lang | undefined> {
    const key = userKey(context.activity);
    if (!key) return undefined;
    try {
      const lang = ((await this.storage.read([key]))[key] as StoredUser | undefined)?.profile?.lang;
      return isLang(lang) ? lang : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Saves the language; on an eTag conflict re-reads and retries. Resolves false when
   * the store is unavailable, and then adds a note to the turn's reply saying so.
   */
  async saveLanguage(context: TurnContext, lang: Lang): Promise<boolean> {
    const key = userKey(context.activity);
    if (!key) return false;
    try {
      await updateItem<StoredUser>(this.storage, key, (current) => ({ ...current, profile: { ...current?.profile, lang } }), this.options.maxAttempts ?? 6);
      return true;
    } catch {
      this.addUnsavedNote(context, lang);
      return false;
    }
  }

  /** Appends the note to the first message the bot sends in this turn. */
  private addUnsavedNote(context: TurnContext, lang: Lang): void {
    const note = this.options.unsavedNote?.(lang);
    if (!note) return;
    let added = false;
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!added && activities.some((a) => a.type === 'message')) {
        added = true;
        activities.push({ type: 'message', text: note, locale: lang === 'hi' ? 'hi-IN' : 'en-IN' } as Partial<Activity>);
      }
      return next();
    });
  }
}
