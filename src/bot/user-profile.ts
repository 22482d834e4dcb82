import type { StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { Lang } from '../domain/types';

/** What the bot keeps about a user: only the chosen reply language (no personal data). */
export interface UserProfile {
  lang?: Lang;
}

/** Reads and saves the user's language preference in bot state. */
export class UserPreferences {
  private readonly profile: StatePropertyAccessor<UserProfile>;

  constructor(private readonly userState: UserState) {
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

  /** Saves the language; resolves false when the store is unavailable. */
  async saveLanguage(context: TurnContext, lang: Lang): Promise<boolean> {
    try {
      const profile = await this.profile.get(context, {});
      await this.profile.set(context, { ...profile, lang });
      await this.userState.saveChanges(context);
      return true;
    } catch {
      return false;
    }
  }
}
