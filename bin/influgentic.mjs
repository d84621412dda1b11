#!/usr/bin/env node
// The `influgentic` command (npx influgentic <command>): runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./influgentic.ts');
