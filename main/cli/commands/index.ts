// Registers every subcommand (lazily loaded so `drydock lint` does not pay for the others). Node only.
import { registerCommand } from '../main';

registerCommand('lint', 'check Dockerfiles: syntax errors and teaching lint', async () => (await import('./lint')).lint);
export {};
void registerCommand;
