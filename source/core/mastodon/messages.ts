// What a user reads when talking to a Mastodon server goes wrong, in one place.

export const mastodonMessages = {
	badInstance: (input: string) => `"${input}" is not a server address; give it as mastodon.social or https://mastodon.social`,
	plainHttp: (input: string) => `${input}: netinbox talks to a server only over https (plain http is allowed for localhost alone)`,
	loginAgain: (instance: string, detail: string) =>
		`${instance} refused the login (${detail}): log in again with netinbox mastodon login ${hostOf(instance)}`,
	notLoggedIn: () => 'not logged in to Mastodon: netinbox mastodon login INSTANCE (see netinbox help mastodon)',
	unreachable: (instance: string, why: string) => `${instance} cannot be reached (${why})`,
	rateLimited: (instance: string, seconds: number) => `${instance} asks to wait ${seconds} s before the next request; try again later`,
	serverError: (instance: string, detail: string) => `${instance} answered with an error (${detail}) several times`,
	notJson: (instance: string, path: string) => `${instance}${path} did not answer with JSON: is this a Mastodon server?`,
	notAList: (instance: string, path: string) => `${instance}${path} did not answer with a list: is this a Mastodon server?`,
	foreignLink: (instance: string, other: string) => `${instance} pointed to another address (${other}); netinbox only talks to the server you logged in to`,
	noCode: () => 'no authorization code given: nothing was saved',
	badCredentials: (file: string, detail: string) => `${file}: cannot read the Mastodon login (${detail}); log in again with netinbox mastodon login INSTANCE`,
};

function hostOf(instance: string): string {
	try {
		const url = new URL(instance);
		return url.protocol === 'https:' ? url.host : url.origin;
	} catch {
		return instance;
	}
}
