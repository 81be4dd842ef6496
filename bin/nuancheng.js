#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so a fresh `npm install` is all `npx nuancheng` needs.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
