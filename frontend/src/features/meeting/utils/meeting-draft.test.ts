import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { formatSlot, formatWhen, monthOf, wallClock } from './datetime';
import { toEvent } from './events';
import { filtersOf, paramsOf, toMeetingsQuery } from './filters';
import { draftOf, emptyDraft, toMeetingRequest, validateMeeting } from './meeting-draft';
import { canAddDocuments, headerActions } from './permissions';
import { meeting, summary, ubndSpecialist, unitOfficer, vptuSpecialist } from '../testing/fixtures';

const vi = translator('vi');
const en = translator('en');

describe('meeting times in Vietnam', () => {
  it('says when a meeting takes place, whatever the browser zone', () => {
    expect(formatWhen('2026-11-27T08:00:00+07:00', '2026-11-27T11:30:00+07:00', vi, 'vi')).toBe('08:00–11:30 ngày 27/11/2026');
    expect(formatWhen('2026-11-27T01:00:00Z', '2026-11-28T10:00:00Z', vi, 'vi')).toBe('08:00 ngày 27/11/2026 – 17:00 ngày 28/11/2026');
    expect(formatWhen('2026-11-27T08:00:00+07:00', '2026-11-27T11:30:00+07:00', en, 'en')).toBe('08:00–11:30 on 27/11/2026');
    expect(formatSlot('2026-11-27T08:00:00+07:00', '2026-11-27T08:45:00+07:00')).toBe('08:00–08:45');
    expect(formatSlot(null, null)).toBe('');
    expect(wallClock('2026-11-27T01:00:00Z')).toBe('2026-11-27T08:00:00');
    expect(monthOf('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthOf('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('puts a meeting in the month calendar on Vietnam\'s wall clock, a cancelled one struck through', () => {
    const event = toEvent(summary({ startsAt: '2026-11-27T01:00:00Z', endsAt: '2026-11-27T04:30:00Z', status: 'CANCELLED' }));
    expect(event).toMatchObject({ id: 'm-1', start: '2026-11-27T08:00:00', end: '2026-11-27T11:30:00', classNames: ['is-cancelled'] });
  });
});

describe('the meeting form', () => {
  it('sends wall-clock times with +07:00, trimmed texts and nulls for what is empty', () => {
    const draft = {
      ...emptyDraft('2026-11-27', 'b-tttu'),
      kindId: 'k-tt',
      title: '  Hội nghị Thường trực  ',
      startTime: '14:00',
      endTime: '16:30',
      leaderIds: ['l-bt'],
      supportingOfficeIds: ['o-2'],
    };
    expect(toMeetingRequest(draft, false)).toEqual({
      kindId: 'k-tt',
      title: 'Hội nghị Thường trực',
      startsAt: '2026-11-27T14:00:00+07:00',
      endsAt: '2026-11-27T16:30:00+07:00',
      venue: null,
      format: 'IN_PERSON',
      bodyId: 'b-tttu',
      leaderIds: ['l-bt'],
      supportingOfficeIds: ['o-2'],
      confidentiality: 'INTERNAL',
      description: null,
    });
    expect(toMeetingRequest({ ...draft, reason: ' Đổi phòng ' }, true).reason).toBe('Đổi phòng');
  });

  it('edits a meeting as it is, in Vietnam time', () => {
    const draft = draftOf(meeting({ startsAt: '2026-11-27T01:00:00Z', endsAt: '2026-11-27T04:30:00Z' }));
    expect(draft).toMatchObject({ startDate: '2026-11-27', startTime: '08:00', endDate: '2026-11-27', endTime: '11:30', bodyId: 'b-tttu' });
    expect(draft.leaderIds).toEqual(['l-bt']);
  });

  it('asks for the kind, title, body and a start before the end', () => {
    const errors = validateMeeting({ ...emptyDraft('2026-11-27'), endTime: '07:00' }, vi);
    expect(errors).toEqual({
      kindId: 'Vui lòng nhập thông tin này.',
      title: 'Vui lòng nhập thông tin này.',
      bodyId: 'Vui lòng nhập thông tin này.',
      endsAt: 'Thời gian kết thúc phải sau thời gian bắt đầu.',
    });
  });
});

describe('filters and permissions', () => {
  it('keeps the filters in the address, the period starting this month by default', () => {
    const f = filtersOf(new URLSearchParams('status=INVITED&format=BOGUS&q=giao ban&page=2'), '2026-11-01');
    expect(f).toEqual({ view: 'list', from: '2026-11-01', to: '', kindId: '', status: 'INVITED', format: '', q: 'giao ban', page: 2 });
    expect(toMeetingsQuery(f)).toEqual({ from: '2026-11-01', status: 'INVITED', q: 'giao ban' });
    expect(paramsOf({ ...f, from: '' }, '2026-11-01').toString()).toBe('from=&status=INVITED&q=giao+ban&page=2');
    expect(toMeetingsQuery({ ...f, view: 'month' }, { from: '2026-10-26', to: '2026-12-06' })).toEqual({
      from: '2026-10-26',
      to: '2026-12-06',
      status: 'INVITED',
      q: 'giao ban',
    });
  });

  it('offers the header actions the server allows, in a fixed order', () => {
    expect(headerActions(meeting({ allowedActions: ['CANCEL', 'TAKE_ATTENDANCE', 'HOLD', 'EDIT', 'POSTPONE'] }))).toEqual([
      'EDIT',
      'HOLD',
      'POSTPONE',
      'CANCEL',
    ]);
    expect(headerActions(meeting({ allowedActions: [] }))).toEqual([]);
  });

  it('lets the host and the supporting offices add documents, until the meeting is closed', () => {
    expect(canAddDocuments(vptuSpecialist, meeting())).toBe(true);
    expect(canAddDocuments(ubndSpecialist, meeting())).toBe(true);
    expect(canAddDocuments(ubndSpecialist, meeting({ supportingOffices: [] }))).toBe(false);
    expect(canAddDocuments(unitOfficer, meeting())).toBe(false);
    expect(canAddDocuments(vptuSpecialist, meeting({ status: 'CLOSED' }))).toBe(false);
  });
});
