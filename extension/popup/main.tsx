/**
 * The popup's entry: lockdown first (SES), then the ring is asked for the first screen's data
 * (firstRead) while React and the app load as a separate chunk (preloaded by popup.html, see
 * vite.config.ts), so the port round trips overlap the bundle's load and the first render already
 * shows the right screen. A ring slower than FIRST_READ_WAIT_MS gets the app's own "Opening the
 * wallet…" wait instead of a blank popup.
 */
import '../shared/lockdown';
import { readFirst } from './firstRead';

const FIRST_READ_WAIT_MS = 300;

const first = readFirst();
const late = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_READ_WAIT_MS));
const [{ mount }, read] = await Promise.all([import('./mount'), Promise.race([first, late])]);
mount(read);
