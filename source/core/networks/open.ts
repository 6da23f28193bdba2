// Opens an address in the user's browser: `$BROWSER` when set, else the
// platform's opener. Over SSH, or with no display, nothing can open: the caller
// shows the address to copy instead. Addresses come from imported data, so only
// http(s) is opened, always as one argument, never through a shell.
import {spawn} from 'node:child_process';

export type Opened = {opened: true; by: string} | {opened: false; why: string};

function openerFor(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): {command: string; args: string[]} | string {
	const browser = env.BROWSER?.split(':').map(part => part.trim()).find(Boolean);
	if (browser) {
		const [command, ...args] = browser.split(/\s+/);
		return {command: command!, args};
	}
	if (env.SSH_CONNECTION || env.SSH_TTY) return 'over SSH';
	if (platform === 'darwin') return {command: 'open', args: []};
	if (platform === 'win32') return {command: 'rundll32', args: ['url.dll,FileProtocolHandler']};
	if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return env.WSL_DISTRO_NAME ? {command: 'wslview', args: []} : 'no display';
	return {command: 'xdg-open', args: []};
}

export function isWebAddress(url: string): boolean {
	try {
		const parsed = new URL(url);
		return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !/\s/.test(url);
	} catch {
		return false;
	}
}

export function openUrl(url: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): Promise<Opened> {
	if (!isWebAddress(url)) return Promise.resolve({opened: false, why: 'not a web address'});
	const opener = openerFor(env, platform);
	if (typeof opener === 'string') return Promise.resolve({opened: false, why: opener});
	// `$BROWSER` may say where the address goes (`firefox %s`); else it comes last.
	const args = opener.args.some(arg => arg.includes('%s')) ? opener.args.map(arg => arg.replace('%s', url)) : [...opener.args, url];
	return new Promise(resolve => {
		const child = spawn(opener.command, args, {stdio: 'ignore', detached: true});
		child.once('error', error => resolve({opened: false, why: `${opener.command}: ${(error as NodeJS.ErrnoException).code ?? error.message}`}));
		child.once('spawn', () => {
			child.unref();
			resolve({opened: true, by: opener.command});
		});
	});
}
