// Copies text to the system clipboard: a clipboard tool when one is there,
// else OSC 52, which terminals that allow it (and tmux with set-clipboard on)
// put on the clipboard, also over SSH.
import {spawn} from 'node:child_process';

export type Copied = {copied: true; by: string} | {copied: false; why: string};

function tools(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Array<[string, string[]]> {
	if (platform === 'darwin') return [['pbcopy', []]];
	if (platform === 'win32') return [['clip', []]];
	const out: Array<[string, string[]]> = [];
	if (env.WAYLAND_DISPLAY) out.push(['wl-copy', []]);
	if (env.DISPLAY) out.push(['xclip', ['-selection', 'clipboard']], ['xsel', ['--clipboard', '--input']]);
	if (env.WSL_DISTRO_NAME) out.push(['clip.exe', []]);
	return out;
}

function run(command: string, args: string[], text: string): Promise<boolean> {
	return new Promise(resolve => {
		const child = spawn(command, args, {stdio: ['pipe', 'ignore', 'ignore']});
		child.once('error', () => resolve(false));
		child.once('close', code => resolve(code === 0));
		child.stdin.on('error', () => undefined);
		child.stdin.end(text);
	});
}

/** The OSC 52 sequence that asks the terminal to put `text` on the clipboard. */
export function osc52(text: string): string {
	return `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

export async function copyText(text: string, options: {env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform; terminal?: NodeJS.WriteStream} = {}): Promise<Copied> {
	const {env = process.env, platform = process.platform, terminal = process.stdout} = options;
	for (const [command, args] of tools(env, platform)) if (await run(command, args, text)) return {copied: true, by: command};
	if (!terminal.isTTY) return {copied: false, why: 'no clipboard tool and no terminal'};
	terminal.write(osc52(text));
	return {copied: true, by: 'terminal, OSC 52'};
}
