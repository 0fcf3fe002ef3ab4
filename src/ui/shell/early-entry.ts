// Inlined into index.html's head at build time (vite.config.ts): see early.ts.
import { startEarly } from './early';

startEarly(document);
