import type { Activity, StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { Lang } from '../domain/types';
import { isETagConflict } from '../storage/etag-update';

/** What the bot keeps about a user: only the chosen reply language (no personal data). */
export interface UserProfile {
  lang?: Lang;
}

/** Options for the preference store. */
export interface PreferenceOptions {
  /** The note added after the turn's reply when a language choice could not be saved. */
  readonly unsavedNote?: (lang: Lang) => string;
  /** Attempts when another instance changed the same user at the same time (eTag conflict). */
  readonly maxAttempts?: number;
}

/** Reads and saves the user's language preference in bot state. */
export class UserPreferences {
  private readonly profile: StatePropertyAccessor<UserProfile>;

  constructor(private readonly userState: UserState, private readonly options: PreferenceOptions = {}) {
    this.profile = userState.createProperty<UserProfile>('profile');
  }

  /** The saved language, if any (undefined when the store can't be read). */
  async language(context: TurnContext): Promise<Lang | undefined> {
    try {
      return (await this.profile.get(context, {}))?.lang;
    } catch {
      return undefined;
    }
  }

  /**
   * Saves the language; on an eTag conflict re-reads and retries. Resolves false when
   * the store is unavailable, and then adds a note to the turn's reply saying so.
   */
  async saveLanguage(context: TurnContext, lang: Lang): Promise<boolean> {
    const attempts = this.options.maxAttempts ?? 3;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        if (attempt > 1) await this.userState.load(context, true);
        const profile = await this.profile.get(context, {});
        await this.profile.set(context, { ...profile, lang });
        await this.userState.saveChanges(context);
        return true;
      } catch (err) {
        if (!isETagConflict(err)) break;
      }
    }
    this.addUnsavedNote(context, lang);
    return false;
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
