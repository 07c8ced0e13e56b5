// The version stamped on backups. A named import of one field lets Vite's JSON
// plugin tree-shake the rest of package.json out of the bundle (only the string
// "0.1.0" ships), and keeps the version in one place: package.json.
import { version } from '../../package.json';

export const APP_VERSION: string = version;
