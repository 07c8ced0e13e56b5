// Logic and data tests run in plain Node: an in-memory IndexedDB is all they need.
import 'fake-indexeddb/auto';
