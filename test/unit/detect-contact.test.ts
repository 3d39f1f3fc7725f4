import * as assert from 'node:assert/strict';
import { assertionsFor, found } from '../support/findings';

const { assertFinds, assertNothing } = assertionsFor('CONTACT');

describe('contact detector', () => {
  describe('phone numbers in the forms people say and type', () => {
    it('finds North American numbers with and without area code', () => {
      assertFinds('You can reach me on (555) 010-4477 most evenings.', ['(555) 010-4477']);
      assertFinds('Just call 555-0199 and ask for me.', ['555-0199']);
      assertFinds('My cousin is on +1 555 010 4477 now.', ['+1 555 010 4477']);
      assertFinds('The pharmacy is 1-800-555-0142, they are open late.', ['1-800-555-0142']);
      assertFinds('Try 555.010.4477 instead.', ['555.010.4477']);
      assertFinds('Call the house. 912-555-0176. My wife answers.', ['912-555-0176']);
    });

    it('finds UK, New Zealand and Australian numbers with a leading 0 or a country code', () => {
      assertFinds('Text me on 07700 900123 if anything changes.', ['07700 900123']);
      assertFinds('The office is on +44 20 7946 0958, ask for Sue.', ['+44 20 7946 0958']);
      assertFinds('Ring 021 555 0134 after six.', ['021 555 0134']);
      assertFinds('Her mobile is 0412 345 678.', ['0412 345 678']);
      assertFinds('The clinic line is (09) 555 0134.', ['(09) 555 0134']);
      assertFinds('Our landline was 01632 960 588 back then.', ['01632 960 588']);
      assertFinds('Call +64 21 555 0134 from overseas.', ['+64 21 555 0134']);
    });

    it('finds a number wrapped across caption lines, and never a cue number or timing', () => {
      const vtt = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nYou can ring me on 021 555\n0134 any time.\n\n2\n00:00:04.000 --> 00:00:06.000\nThanks.\n';
      assert.deepEqual(found(vtt, 'CONTACT'), ['021 555\n0134']);
      const srt = '1\n00:00:01,000 --> 00:00:04,000\nI was 58 then.\n\n2019\n00:20:20,000 --> 00:20:24,500\nCall 555-0100.\n';
      assert.deepEqual(found(srt, 'CONTACT'), ['555-0100']);
      assert.deepEqual(found(srt, 'DATE', 'high-recall'), []);
    });

    it('keeps an extension with its number', () => {
      assertFinds('Her direct line is 512-555-0134, extension 22, ask for her.', ['512-555-0134, extension 22']);
    });

    it('finds a number read out digit by digit', () => {
      assert.deepEqual(found("It's oh two one, five five five, oh one three four.", 'CONTACT'), ['oh two one, five five five, oh one three four']);
      assert.deepEqual(found('Call me on nine one two, five five five, double oh seven six.', 'CONTACT'), [
        'nine one two, five five five, double oh seven six',
      ]);
      assertFinds('Ring me on oh seven seven double oh nine hundred one four six.', ['oh seven seven double oh nine hundred one four six']);
      assertNothing('We had nine hundred sheep, then one, two, three went.');
      assertFinds('Just call 0 7 7 0 0 9 0 0 4 5 6 any time.', ['0 7 7 0 0 9 0 0 4 5 6']);
      assertNothing('Call out 1 2 3 4 5 6 7 8 and jump.');
    });

    it('reads a number through the pause marks of a conversation-analysis transcript', () => {
      assertFinds("it's oh seven seven oh oh (.) nine oh oh (.) four one three", ['oh seven seven oh oh (.) nine oh oh (.) four one three']);
      assertFinds('°oh seven seven double oh (1.0) nine hundred (.) four one three°', [
        'oh seven seven double oh (1.0) nine hundred (.) four one three',
      ]);
      // The timing inside '(1.0)' adds no digits: a pause between two words is no number.
      assertNothing('well (1.0) one (0.5) two');
    });

    it('leaves national help and emergency numbers alone', () => {
      assertNothing("If it's bad, call 911. Or 999 here. Or 111 for advice.");
      assertNothing("In Australia it's 000 and in Europe 112. The crisis line is 988, press 1.");
      assertNothing('Call the Samaritans on 116 123, they are there all night.');
      assertNothing('The old lifeline was 1-800-273-8255.');
      assertNothing('And the cancer helpline, 1-800-227-2345, they were good.');
      assertNothing('Kids Help Phone, 1-800-668-6868. Or Childline on 0800 1111, Samaritans 116 123.');
      assertFinds('The county main line, 1-800-555-0100, but nobody answers.', ['1-800-555-0100']);
      assertNothing('The Young Carers line is 0808 808 7777, that is free. The employee assistance line is 0800 030 5182.');
      assertNothing('Ring 0800 030 5182, twenty-four seven.');
      assertNothing('For crime in progress call 999; non-emergency 101; Crimestoppers 0800 555 111.');
      assert.deepEqual(found('And the cancer helpline, 1-800-227-2345, they were good.', 'ID', 'high-recall'), []);
    });

    it('does not take quantities, ranges, dates or decimals for phone numbers', () => {
      assertNothing('I walked 2,000 steps and took 300 milligrams.');
      assertNothing('I worked there from 1987-1992 and then 2010-2012.');
      assertNothing('The letter was dated 14/03/2019, or 2019-03-14 in the system.');
      assertNothing('My sugar was 7.2 and then 12.5 mmol.');
      assertNothing('Between 100-1000 steps a day, some days 1 000 000 it felt like.');
      assertNothing('He came round at 5:30 and stayed till 10:45.');
      assertNothing('Counting one two three four five six seven eight to calm down.');
      assertNothing('The scale went 0 10 20 30 40 and I was at 30.');
    });

    it('leaves a record number shaped like a phone number to the ID detector', () => {
      assert.deepEqual(found('My NHS number is 943 476 5919.', 'CONTACT'), []);
      assert.deepEqual(found('My NHS number is 943 476 5919.', 'ID'), ['943 476 5919']);
    });

    it('takes a phone number over a year inside it', () => {
      const text = 'Call 555 2019 4477 tonight.';
      assert.deepEqual(found(text, 'DATE', 'high-recall'), []);
      assert.deepEqual(found(text, 'CONTACT'), ['555 2019 4477']);
    });
  });

  describe('e-mail, handles and web addresses', () => {
    it('finds e-mail addresses, also spoken', () => {
      assertFinds('My email is maria.g@example.com, write any time.', ['maria.g@example.com']);
      assertFinds('Email the study at mws-study@example-uni.ac.uk.', ['mws-study@example-uni.ac.uk']);
      assertFinds("It's maria dot g at example dot com, all lower case.", ['maria dot g at example dot com']);
      assertFinds("It's s dot patel eighty-eight at example dot com.", ['s dot patel eighty-eight at example dot com']);
    });

    it('finds social handles but not the @ of an e-mail or a time', () => {
      assertFinds('Find me on Instagram, @maria_g, I post every day.', ['@maria_g']);
      assertFinds('He tweets as @Tom.Hollis_77 mostly.', ['@Tom.Hollis_77']);
      assertNothing('Meet me @ 5 by the gate.');
    });

    it('finds personal web addresses and profile links', () => {
      assertFinds('My blog is www.mariasjourney.example.org and I update it.', ['www.mariasjourney.example.org']);
      assertFinds("It's at https://example.com/maria-story.", ['https://example.com/maria-story']);
      assertFinds("He's on facebook.com/tom.h.example if you want.", ['facebook.com/tom.h.example']);
      assertFinds('Her shop is mariasbakes.co.nz now.', ['mariasbakes.co.nz']);
    });

    it('finds a username said after the word for it', () => {
      assertFinds('Username: denise.r1961, my daughter set it up.', ['denise.r1961']);
      assertFinds('My username is Bernice.', ['Bernice']);
      assertFinds('Username denise.r1961, my daughter set it up.', ['denise.r1961']);
      assertFinds('My Insta is maria_g.88 if you want to follow.', ['maria_g.88']);
      assertFinds("He's on TikTok as tom.h.77 now.", ['tom.h.77']);
      assertNothing("My login is broken and I can't handle this.");
    });

    it('does not flag a bare mention of a site everybody uses', () => {
      assertNothing('I just look it up on google.com or youtube.com.');
    });
  });
});
