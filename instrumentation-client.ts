import { config } from 'zod/v4/core';

// Runs in the browser before any page code. Desk forms import modules that build zod schemas; zod would probe
// whether it may compile code with `new Function`, which the Content-Security-Policy (proxy.ts) forbids: the
// browser blocks it and reports a violation. Without the probe zod parses the same way, only uncompiled.
config({ jitless: true });
