import Dexie, { type EntityTable } from 'dexie';
import type { Profile } from './profile-schema';
import type { LogEntry } from './log-entry-schema';
import type { PlanProgress, SarcFResult, SymptomCheckIn, TriageRun } from './activity-schemas';
import type { MobilityTest } from './mobility-schema';
import { SCHEMA_VERSIONS } from './schema-versions';

export const DATABASE_NAME = 'regain';

// Dexie turns on its debug mode by itself on localhost and 127.0.0.1: long
// stack traces for every promise, which cost a 4×-slowed phone about 0.4 s of
// main thread at start-up in the bench (served from 127.0.0.1) and on anyone's
// `npm start`. The app never wants it.
Dexie.debug = false;

export class RegainDatabase extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  entries!: EntityTable<LogEntry, 'id'>;
  symptomCheckIns!: EntityTable<SymptomCheckIn, 'id'>;
  triageRuns!: EntityTable<TriageRun, 'id'>;
  planProgress!: EntityTable<PlanProgress, 'id'>;
  sarcFResults!: EntityTable<SarcFResult, 'id'>;
  mobilityTests!: EntityTable<MobilityTest, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** Listeners the shell uses to tell the person about database events. */
type DatabaseEvent = 'newer-version-elsewhere';
const listeners = new Set<(event: DatabaseEvent) => void>();
export function onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function createDatabase(): RegainDatabase {
  const database = new RegainDatabase();
  // Another tab opened a newer version of the app: close our connection so its
  // upgrade can run, and ask the person to reload (Dexie would block otherwise).
  database.on('versionchange', () => {
    database.close();
    listeners.forEach((listener) => listener('newer-version-elsewhere'));
    return false;
  });
  return database;
}

/** The app's single database connection; only src/db/ touches it. */
export const db = createDatabase();
