// Imported first by main.tsx, for this side effect alone: the start-up requests leave while the
// rest of the bundle (React, the app) is still being evaluated, instead of after it.
import { startFirstRequests } from './startFirstRequests.ts';

startFirstRequests();
