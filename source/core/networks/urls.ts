// Where things are on each network's site: a person's profile, the page of
// pending requests, where to write to someone. Only addresses the sites
// themselves use; where a site has no address for a thing, the nearest page.
import {mastodonUrl} from '../importers/social.js';
import {profileOf} from '../importers/social.js';
import type {Me, Network, Person} from '../model.js';

const bare = (handle: string) => handle.trim().replace(/^@/, '');
const path = (handle: string) => encodeURIComponent(bare(handle));

/** A profile address from the handle a person has on that network. */
function fromHandle(network: string, handle: string): string | undefined {
	switch (network) {
		case 'linkedin':
			return `https://www.linkedin.com/in/${path(handle)}/`;
		case 'xing':
			return `https://www.xing.com/profile/${path(handle)}`;
		case 'facebook':
			return /^\d+$/.test(bare(handle)) ? `https://www.facebook.com/profile.php?id=${bare(handle)}` : `https://www.facebook.com/${path(handle)}`;
		case 'twitter':
			return `https://x.com/${path(handle)}`;
		case 'twitterId':
			return `https://x.com/i/user/${path(handle)}`;
		case 'instagram':
			return `https://www.instagram.com/${path(handle)}/`;
		case 'mastodon':
			return /^[^@\s]+@[^@\s]+$/.test(bare(handle)) ? mastodonUrl(bare(handle)) : undefined;
		default:
			return undefined;
	}
}

/** The sender's profile on the request's network: the imported URL when it is one, else one built from a handle. */
export function profileUrl(person: Pick<Person, 'profileUrl' | 'handles'> | undefined, network: Network): string | undefined {
	if (!person) return undefined;
	const imported = person.profileUrl && /^https?:\/\//i.test(person.profileUrl) ? person.profileUrl : undefined;
	const kind = (url: string) => profileOf(url)?.network ?? (network === 'mastodon' && /\/@[^/]+$/.test(url) ? 'mastodon' : undefined);
	if (imported && (kind(imported) === network || (network === 'twitter' && kind(imported) === 'twitterId'))) return imported;
	const keys = network === 'twitter' ? ['twitter', 'twitterId'] : [network];
	for (const key of keys) {
		const handle = person.handles[key];
		const url = handle ? fromHandle(key, handle) : undefined;
		if (url) return url;
	}
	return imported;
}

/** The server of the user's own Mastodon account, from a login or an imported actor. */
export function mastodonHome(me: Pick<Me, 'handles'>, loggedIn?: string): string | undefined {
	if (loggedIn) return loggedIn;
	const address = me.handles.mastodon;
	const host = address ? /@([^@\s]+)$/.exec(bare(address))?.[1] : undefined;
	return host ? `https://${host}` : undefined;
}

/** The network's own page of pending requests. */
export function requestsPageUrl(network: Network, home?: string): string | undefined {
	switch (network) {
		case 'linkedin':
			return 'https://www.linkedin.com/mynetwork/invitation-manager/';
		case 'xing':
			return 'https://www.xing.com/network/requests';
		case 'facebook':
			return 'https://www.facebook.com/friends/requests';
		case 'twitter':
			return 'https://x.com/follower_requests';
		case 'instagram':
			return 'https://www.instagram.com/accounts/activity/?followRequests=1';
		case 'mastodon':
			return home ? `${home}/follow_requests` : undefined;
		case 'other':
			return undefined;
	}
}

/** Where to write to the sender: the site's message page, or their profile where messages start from there. */
export function messageUrl(network: Network, person: Pick<Person, 'profileUrl' | 'handles'> | undefined): string | undefined {
	const twitterId = person?.handles.twitterId;
	switch (network) {
		case 'linkedin':
			// An invitation is answered from the invitation manager ("Reply"); a message needs a connection.
			return 'https://www.linkedin.com/mynetwork/invitation-manager/';
		case 'xing':
			return 'https://www.xing.com/chats';
		case 'facebook':
			return person?.handles.facebook ? `https://www.facebook.com/messages/t/${path(person.handles.facebook)}` : 'https://www.facebook.com/messages';
		case 'twitter':
			return twitterId ? `https://x.com/messages/compose?recipient_id=${path(twitterId)}` : 'https://x.com/messages';
		case 'instagram':
			return 'https://www.instagram.com/direct/inbox/';
		case 'mastodon':
		case 'other':
			return profileUrl(person, network);
	}
}
