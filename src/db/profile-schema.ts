import * as z from 'zod/mini';
import { isoTimestamp, localDay, shortText, withinLimit } from './schema-helpers';
import { HEIGHT_LIMIT } from '../domain/height';
import { latestDayAnywhere } from '../domain/day-anywhere';

import { PROFILE_ID } from './profile-defaults';

export const profileSchema = z.object({
  id: z.literal(PROFILE_ID),
  yearOfBirth: z.optional(
    z.int('Enter a year of birth.').check(
      z.gte(1900, 'Enter a year of birth after 1900.'),
      // Against the latest date on Earth: a year saved on 1 January in UTC+14 is still in the future in UTC−12.
      z.refine((y) => y <= Number(latestDayAnywhere().slice(0, 4)), 'The year of birth cannot be in the future.'),
    ),
  ),
  sex: z.enum(['female', 'male', 'unspecified'], 'Choose female, male or prefer not to say.'),
  heightCm: z.optional(withinLimit(HEIGHT_LIMIT)),
  units: z.enum(['metric', 'imperial'], 'Choose metric or imperial units.'),
  /** Region code such as GB or US: it sets the default emergency number. */
  region: z.optional(shortText(8, 'The region')),
  emergencyNumber: z.optional(
    z.string().check(z.regex(/^[0-9+*#]{2,15}$/, 'Enter an emergency number using digits only.')),
  ),
  kidneyDisease: z.boolean('Answer yes or no.'),
  /** The weekly plan the person chose (0 bed or chair … 3 strong); unset until they choose. */
  planLevel: z.optional(z.int().check(z.gte(0, 'Choose a plan level from 0 to 3.'), z.lte(3, 'Choose a plan level from 0 to 3.'))),
  /**
   * The day the current level was chosen: only weeks since then count when the
   * plan suggests a change (a new plan never opens on "hard to keep up").
   * Any day, even a "future" one: a phone in another time zone may be behind.
   */
  planLevelChosenOn: z.optional(localDay()),
  /** Raises the protein range to 1.2–1.5 g/kg (exercising most weeks, or recovering from illness). */
  exercisingOrRecovering: z.optional(z.boolean('Answer yes or no.')),
  /** Daily reminder time, HH:MM local. */
  reminderTime: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time such as 09:30.'))),
  updatedAt: isoTimestamp(),
});

export type Profile = z.infer<typeof profileSchema>;
