import type { Petition, PetitionKind } from '../api/types';
import { formatDay } from './dates';

// The letters are issued in Vietnamese whatever the interface's language: the preview quotes them as the server writes them
// (backend PetitionLetters), never with anyone's identity.
const KIND: Record<PetitionKind, string> = { COMPLAINT: 'khiếu nại', DENUNCIATION: 'tố cáo', RECOMMENDATION: 'kiến nghị', REFLECTION: 'phản ánh' };

function described(petition: Pick<Petition, 'kind' | 'number' | 'receivedOn' | 'petitionerCount' | 'subject'>): string {
  const who =
    petition.petitionerCount === 0 ? ' (đơn không ghi tên người gửi)' : petition.petitionerCount >= 5 ? ` của ${petition.petitionerCount} công dân` : '';
  return `đơn ${KIND[petition.kind]} số ${petition.number} ghi ngày nhận ${formatDay(petition.receivedOn, 'vi')}${who}, nội dung: ${petition.subject}`;
}

export type ForwardingPreviewInput = {
  officeName: string;
  petition: Pick<Petition, 'kind' | 'number' | 'receivedOn' | 'petitionerCount' | 'subject'>;
  authority: string;
  note: string;
  replyDueOn: string;
};

/** What the forwarding letter (công văn chuyển đơn) will say, paragraph by paragraph, from the form's fields. */
export function forwardingLetterPreview({ officeName, petition, authority, note, replyDueOn }: ForwardingPreviewInput): string[] {
  const to = authority.trim() || '…';
  const asked = note.trim();
  const paragraphs = [
    `V/v chuyển đơn ${KIND[petition.kind]}`,
    `Kính gửi: ${to}`,
    `${officeName} nhận được ${described(petition)}.`,
    `Căn cứ quy định của pháp luật về tiếp công dân, khiếu nại, tố cáo và xử lý đơn, nội dung đơn thuộc thẩm quyền xem xét, giải quyết của ${to}. ` +
      `${officeName} chuyển đơn (kèm theo) đến ${to} để xem xét, giải quyết theo thẩm quyền${asked ? `; ${asked}` : ''}.`,
  ];
  if (petition.kind === 'DENUNCIATION') {
    paragraphs.push(
      'Đề nghị giữ bí mật họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo theo quy định tại Điều 47 Luật Tố cáo năm 2018.',
    );
  }
  paragraphs.push(`Đề nghị thông báo kết quả giải quyết cho người gửi đơn và ${officeName} biết, theo dõi.`);
  if (replyDueOn) paragraphs.push(`(Thời hạn trả lời theo dõi: ${formatDay(replyDueOn, 'vi')})`);
  return paragraphs;
}

/** What the guidance letter (văn bản hướng dẫn, trả lời) will say. */
export function guidanceLetterPreview(officeName: string, petition: ForwardingPreviewInput['petition'], reply: string): string[] {
  return [
    `V/v hướng dẫn, trả lời đơn ${KIND[petition.kind]}`,
    `Kính gửi: Công dân gửi ${described(petition)}.`,
    `${officeName} đã nhận được đơn của công dân. Sau khi nghiên cứu, ${officeName} hướng dẫn, trả lời như sau:`,
    reply.trim() || '…',
  ];
}
