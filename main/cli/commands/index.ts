// Registers every subcommand (lazily loaded so `drydock lint` does not pay for the others). Node only.
import { registerCommand } from '../main';

registerCommand('lint', 'check Dockerfiles: syntax errors and teaching lint', async () => (await import('./lint')).lint);
registerCommand('inspect', 'predict docker image inspect .Config and history for a Dockerfile', async () => (await import('./inspect')).inspect);
registerCommand('history', 'predict docker history for a Dockerfile (sizes, wasted bytes)', async () => (await import('./history')).history);
registerCommand('run-preview', 'show the argv docker run starts for a Dockerfile\'s image', async () => (await import('./runPreview')).runPreview);
export {};
void registerCommand;
