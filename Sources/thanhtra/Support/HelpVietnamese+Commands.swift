extension HelpVietnamese {
    /// Each command's abstract and discussion in Vietnamese, by its path below `thanhtra` ("" is `thanhtra` itself).
    /// The English is each command's `CommandConfiguration`; a command added without its entry here fails
    /// `HelpVietnameseTests`.
    static let commands: [String: Command] = [
        "": Command(
            abstract: "Thanh tra và xử phạt vi phạm hành chính cho một cơ quan thanh tra.",
            discussion: """
                Lưu các cuộc thanh tra, vụ việc xử phạt và nhật ký của chúng trong một tệp SQLite (--db, mặc định
                ./thanhtra.sqlite); quy định pháp luật (mức phạt, thời hạn, kế hoạch, mẫu báo cáo) nằm trong một bộ quy
                tắc Lua (--rules, mặc định bộ đã ghi khi `thanhtra init`, nếu không thì ./rules).

                Bắt đầu bằng `thanhtra init`, rồi `thanhtra rules check` và `thanhtra journal show`.
                Biến môi trường: THANHTRA_DB, THANHTRA_RULES, THANHTRA_TODAY (YYYY-MM-DD, để chạy lặp lại được), USER.
                Ngôn ngữ: --lang vi|en, nếu không thì theo LC_ALL, LC_MESSAGES hoặc LANG (vi_VN… là tiếng Việt).
                """),
        "init": Command(
            abstract: "Tạo cơ sở dữ liệu và ghi lại bộ quy tắc nó dùng.",
            discussion: """
                Kiểm tra bộ quy tắc trước (như `thanhtra rules check`) và không tạo gì nếu bộ quy tắc có lỗi.
                Chạy init lại trên cùng cơ sở dữ liệu và cùng bộ quy tắc không thay đổi gì.
                --four-eyes (cả trên cơ sở dữ liệu đã khởi tạo) bật chế độ hai người duyệt bộ quy tắc: các lệnh khi đó
                quyết định theo bộ quy tắc đang hiệu lực đã lưu, và một thư mục đã sửa không quyết định gì cho đến khi
                được đề xuất (`thanhtra rules propose DIR`) và được một tài khoản khác kích hoạt
                (`thanhtra rules activate HASH`).
                """),
        "version": Command(abstract: "In phiên bản của thanhtra và của bộ quy tắc đang áp dụng."),
        "help": Command(abstract: "Hiện trợ giúp của một lệnh."),
        "subject": Command(abstract: "Đăng ký và tra cứu đối tượng (tổ chức và cá nhân)."),
        "subject add": Command(
            abstract: "Đăng ký một tổ chức (theo mã số thuế), một cá nhân (theo số định danh cá nhân), một hộ kinh doanh, "
                + "một hộ gia đình hoặc một cộng đồng dân cư."),
        "subject list": Command(abstract: "Liệt kê các đối tượng đã đăng ký."),
        "subject show": Command(abstract: "Hiện một đối tượng."),
        "case": Command(
            abstract: "Vụ việc xử phạt vi phạm hành chính: mở, xem trước, ra quyết định, giao, nộp phạt, xem, liệt kê, tính lại.",
            discussion: """
                Một vụ việc đi qua: mở (biên bản vi phạm) → xem trước → ra quyết định → giao quyết định → nộp phạt
                (nộp nhiều lần nếu cần). Mọi con số đều do bộ quy tắc tính, kèm căn cứ pháp lý (`case show --explain`).
                """),
        "case open": Command(
            abstract: "Mở vụ việc từ biên bản vi phạm hành chính.",
            discussion: """
                Mỗi --violation là một mã trong danh mục, có thể kèm ngày, số lợi bất hợp pháp và tình tiết riêng:
                  --violation ND125-2020-D24-K1-a
                  --violation "ND125-2020-D24-K1-a,committed=2026-01-05,ended=2026-01-05,gain=12000000"
                  --violation "ND125-2020-D29-K2-a,aggravating=vi_pham_nhieu_lan+co_to_chuc"
                Không ghi ngày thì áp dụng --committed và --ended (vi phạm đã kết thúc) hoặc --detected (vi phạm đang
                thực hiện). Tình tiết (Điều 9, 10) thuộc về một hành vi: mitigating=A+B và aggravating=C chỉ áp cho hành
                vi đó; --mitigating và --aggravating áp cho mọi hành vi của vụ việc.
                Các mã: `thanhtra rules circumstances`.
                """),
        "case preview": Command(abstract: "Hiện mức phạt, thời hạn và giải trình mà một quyết định sẽ có; không lưu gì."),
        "case decide": Command(abstract: "Ghi quyết định xử phạt; bộ quy tắc tính và lưu từng mức phạt kèm giải trình."),
        "case deliver": Command(abstract: "Ghi ngày người vi phạm nhận quyết định; từ đó có hạn nộp phạt."),
        "case pay": Command(
            abstract: "Ghi một lần nộp tiền phạt và, nếu có, tiền chậm nộp.",
            discussion: "Được nộp nhiều lần; vụ việc chấp hành xong khi đã nộp đủ tiền phạt và tiền chậm nộp còn nợ."),
        "case installments": Command(abstract: "Cho nộp tiền phạt nhiều lần (Điều 79), trong giới hạn bộ quy tắc cho phép."),
        "case postpone": Command(abstract: "Ghi việc hoãn thi hành quyết định phạt tiền (Điều 76); trong thời gian hoãn không tính tiền chậm nộp."),
        "case extend": Command(abstract: "Ghi việc cấp trên gia hạn thời hạn ra quyết định, kèm lý do."),
        "case cancel": Command(abstract: "Hủy một vụ việc kèm lý do; vụ việc vẫn được lưu và ghi nhật ký."),
        "case show": Command(abstract: "Hiện một vụ việc: biên bản, hành vi vi phạm, quyết định, các lần nộp, số còn phải nộp hôm nay."),
        "case list": Command(abstract: "Liệt kê các vụ việc, biên bản mới nhất trước."),
        "case print": Command(
            abstract: "In quyết định xử phạt của một vụ việc thành văn bản khổ A4.",
            discussion: """
                Vụ việc đã có quyết định thì in quyết định như đã ghi; vụ việc đang xử lý thì in bản DỰ THẢO do bộ quy
                tắc tính cho --on (mặc định hôm nay) và --signer. Văn bản có đủ nội dung Luật XLVPHC Điều 68 yêu cầu:
                căn cứ pháp lý, biên bản, người vi phạm, từng hành vi với tình tiết và điều khoản áp dụng, mức phạt bằng
                số và bằng chữ, biện pháp khắc phục hậu quả, nơi và hạn nộp phạt, quyền khiếu nại, khởi kiện, và phần ký.
                  thanhtra case print 12 -o qd-12.html
                  thanhtra case print 12 -o qd-12.pdf      (qua Chromium không giao diện, khi đã cài)
                Không có -o thì HTML được in ra đầu ra chuẩn.
                """),
        "case recompute": Command(
            abstract: "Tính lại thời hạn và tiền chậm nộp của các vụ việc đang xử lý và chưa nộp xong tính đến một ngày.",
            discussion: """
                Vụ việc đang xử lý: hạn ra quyết định. Vụ việc đã có quyết định (chưa nộp xong): hạn nộp phạt, tiền phạt
                còn nợ và tiền chậm nộp 0,05 % mỗi ngày đến --as-of (mặc định hôm nay). Mọi vụ việc đi qua bộ quy tắc đang
                áp dụng, trên mọi nhân. Thời hạn đã lưu (lúc mở hoặc lúc giao quyết định) là thời hạn các bên đã được báo:
                nó được hiện bên cạnh thời hạn tính lại và không bao giờ bị sửa; số ngày quá hạn và tiền chậm nộp tính từ
                nó. Không ghi gì. Định dạng: table (mặc định), json, csv.
                """),
        "plan": Command(abstract: "Nạp và xem kế hoạch thanh tra hằng năm."),
        "plan load": Command(
            abstract: "Tạo các cuộc thanh tra theo kế hoạch của một năm (rules/inspection/plans/YEAR.lua).",
            discussion: """
                Lần nạp đầu tạo mỗi mục một cuộc thanh tra theo kế hoạch. Nạp lại không tạo gì; khi kế hoạch đã thay đổi,
                phần khác biệt được in ra và chỉ được áp dụng với --apply (các cuộc đã có quyết định được giữ nguyên).
                Mỗi mục được đối chiếu với các cuộc thanh tra cùng đối tượng trong năm (Chỉ thị 20/CT-TTg).
                """),
        "plan show": Command(abstract: "Hiện kế hoạch của một năm: theo kế hoạch, đã mở, đã kết luận."),
        "inspection": Command(
            abstract: "Cuộc thanh tra: mở, ra quyết định, công bố, gia hạn, tạm dừng, tiếp tục, kết thúc trực tiếp, báo cáo, dự thảo, kết luận, đóng.",
            discussion: """
                Cuộc thanh tra theo kế hoạch lấy từ kế hoạch năm (`thanhtra plan load YEAR`); cuộc đột xuất cần căn cứ
                (khiếu nại, tố cáo, dấu hiệu vi phạm, được thủ trưởng giao) kèm số hiệu văn bản; cuộc thường xuyên thì
                không cần cả hai. Loại, cấp và mọi thời hạn do bộ quy tắc quy định (`thanhtra inspection show ID`).
                """),
        "inspection open": Command(abstract: "Mở một cuộc thanh tra đột xuất hoặc thường xuyên (cuộc theo kế hoạch lấy từ kế hoạch)."),
        "inspection decide": Command(abstract: "Ghi quyết định thanh tra: số, ngày, người ký, đoàn thanh tra, đối tượng."),
        "inspection announce": Command(abstract: "Ghi việc công bố quyết định thanh tra: bắt đầu tính thời hạn thanh tra trực tiếp."),
        "inspection extend": Command(abstract: "Gia hạn thời hạn thanh tra trực tiếp, trong giới hạn của bộ quy tắc."),
        "inspection suspend": Command(abstract: "Tạm dừng thanh tra trực tiếp, kèm lý do."),
        "inspection resume": Command(abstract: "Tiếp tục thanh tra trực tiếp đã tạm dừng; hạn được lùi thêm số ngày tạm dừng."),
        "inspection end-onsite": Command(abstract: "Kết thúc thanh tra trực tiếp; tiếp theo là báo cáo kết quả."),
        "inspection report": Command(abstract: "Ghi báo cáo kết quả thanh tra của đoàn."),
        "inspection draft": Command(abstract: "Ghi dự thảo kết luận; tiếp theo là kết luận đã ký."),
        "inspection conclude": Command(abstract: "Ghi kết luận thanh tra đã ký."),
        "inspection close": Command(abstract: "Đóng hồ sơ một cuộc thanh tra đã kết luận; vẫn ghi được việc theo dõi thực hiện."),
        "inspection show": Command(abstract: "Hiện một cuộc thanh tra: diễn biến, mọi thời hạn và có đúng hạn không, phát hiện, kiến nghị."),
        "inspection list": Command(abstract: "Liệt kê các cuộc thanh tra, có bộ lọc."),
        "inspection codes": Command(abstract: "Liệt kê các loại thanh tra, cấp thanh tra và loại phát hiện bộ quy tắc quy định."),
        "finding": Command(abstract: "Ghi vi phạm phát hiện qua một cuộc thanh tra."),
        "finding add": Command(abstract: "Ghi một phát hiện; bộ quy tắc phân loại và gợi ý cần kiến nghị gì."),
        "recommend": Command(abstract: "Ghi một kiến nghị: thu hồi, xử lý khác về kinh tế, xử lý trách nhiệm tập thể/cá nhân, chuyển cơ quan điều tra, hoàn thiện cơ chế, chính sách, pháp luật."),
        "follow-up": Command(abstract: "Ghi những gì thực tế đã làm theo một kiến nghị."),
        "follow-up record": Command(
            abstract: "Ghi tiền đã thu hồi, tập thể/cá nhân đã xử lý, vụ việc đã được khởi tố, văn bản đã hoàn thiện cơ chế, chính sách.",
            discussion: "Nhiều hơn mức kiến nghị thì bị từ chối, trừ khi --allow-over nêu lý do."),
        "report": Command(
            abstract: "Báo cáo tháng, quý, 6 tháng, 9 tháng, năm và theo khoảng ngày; giải trình một số liệu.",
            discussion: """
                Kỳ báo cáo do bộ quy tắc quy định (ngày chốt số liệu toàn quốc: một tháng tính từ ngày 15 tháng trước đến
                ngày 14). Định dạng: table (mặc định), json, csv (--bom cho Excel), xlsx (cần -o), html, text (báo cáo
                bằng lời). Nhãn bằng tiếng Việt khi LANG bắt đầu bằng "vi", tiếng Anh trong trường hợp khác (chọn bằng --lang).
                """),
        "report monthly": Command(abstract: "Báo cáo một tháng (2026-10: 15/9 – 14/10 theo ngày chốt số liệu toàn quốc)."),
        "report quarterly": Command(abstract: "Báo cáo một quý."),
        "report half-year": Command(abstract: "Báo cáo 6 tháng."),
        "report nine-months": Command(abstract: "Báo cáo 9 tháng của một năm."),
        "report annual": Command(abstract: "Báo cáo một năm (15/12 năm trước – 14/12)."),
        "report range": Command(
            abstract: "Báo cáo một khoảng ngày bất kỳ (tính cả hai đầu).",
            discussion: "Khoảng ngày là FROM..TO hoặc FROM TO (YYYY-MM-DD hoặc DD/MM/YYYY), như trong `report explain range`."),
        "report explain": Command(
            abstract: "Liệt kê các cuộc thanh tra hoặc vụ việc tạo nên một số liệu của một kỳ, kèm số hiệu.",
            discussion: "Ví dụ: thanhtra report explain monthly 2026-10 penalty.fines_imposed_vnd"),
        "report file": Command(
            abstract: "Lưu báo cáo của một kỳ: số liệu và các hồ sơ tạo nên chúng được chốt lại, mã băm được ghi nhật ký.",
            discussion: "Ví dụ: thanhtra report file monthly 2026-10. Sau đó `report monthly 2026-10` in báo cáo đã lưu."),
        "report restatements": Command(abstract: "Với các kỳ đã lưu, mọi số liệu đã bị thay đổi về sau, kèm các hồ sơ làm nó thay đổi."),
        "rules": Command(abstract: "Kiểm tra bộ quy tắc và liệt kê những gì nó quy định."),
        "rules check": Command(
            abstract: "Nạp bộ quy tắc và báo mọi lỗi kèm tệp và dòng.",
            discussion: "Mã thoát: 0 khi bộ quy tắc dùng được (các cảnh báo được in ra), 1 khi có lỗi."),
        "rules test": Command(
            abstract: "Chạy các ca kiểm thử của bộ quy tắc (tests/*.lua) và báo từng ca sai.",
            discussion: "Kết thúc bằng dòng `N đạt, N không đạt`. Mã thoát: 0 khi tất cả đạt, 1 nếu không."),
        "rules explain": Command(
            abstract: "Hiện cách bộ quy tắc phạt một mã hành vi, từng bước kèm căn cứ pháp lý, không cần vụ việc.",
            discussion: """
                Ví dụ: thanhtra rules explain ND125-2020-D24-K4-b --organization --mitigating tu_nguyen_khai_bao --on 2026-10-01

                --kind household giải trình mức phạt đối với hộ kinh doanh, --kind family đối với hộ gia đình, --kind
                community đối với cộng đồng dân cư: bộ quy tắc cho biết mỗi loại bị phạt theo khung nào
                (penalty.settings.fined_as).

                Khi --decided-on muộn hơn --on, phần giải trình cho biết phiên bản nào của mục được áp dụng: phiên bản có
                hiệu lực vào ngày vi phạm, hay phiên bản có lợi hơn có hiệu lực vào ngày ra quyết định, và vì sao.
                """),
        "rules history": Command(
            abstract: "Liệt kê các phiên bản bộ quy tắc đã lưu trong cơ sở dữ liệu, kèm ngày và những gì chúng đã quyết định.",
            discussion: "Các tệp của mỗi phiên bản được lưu theo mã băm nội dung ở lần đầu một lệnh chạy với nó."),
        "rules diff": Command(
            abstract: "Hiện các mức phạt và thời hạn mà một bộ quy tắc dự kiến sẽ thay đổi trong các vụ việc của một kỳ.",
            discussion: """
                Bộ dự kiến là một thư mục quy tắc (--against DIR) hoặc thư mục quy tắc ở một phiên bản git (--against-rev
                REV, lấy ra bằng git archive). Nó phải qua được `rules check`. Mỗi vụ việc được so với mốc của nó:
                  vụ việc đã có quyết định và đã chấp hành xong: những gì quyết định đã ghi (tiền phạt, hạn ra quyết
                    định, hạn nộp phạt), được bộ dự kiến tính lại với ngày của quyết định;
                  vụ việc đang xử lý: bộ quy tắc đang áp dụng, cả hai được tính như xem trước vào hôm nay.
                Với --baseline current, vụ việc đã có quyết định được so với bộ quy tắc đang áp dụng thay vì với hồ sơ.
                Vụ việc: mọi vụ việc đang xử lý, đã có quyết định và đã chấp hành xong (không tính đã hủy), hoặc những vụ
                có ngày lập biên bản trong --from/--to (nửa mở) hoặc trong một kỳ báo cáo của bộ quy tắc (--period
                monthly:2026-10, annual:2026). Định dạng: table (mặc định), json, csv. Không ghi gì vào cơ sở dữ liệu.
                """),
        "rules catalog": Command(
            abstract: "Liệt kê danh mục hành vi vi phạm: mã, tên, căn cứ pháp lý, khung tiền phạt.",
            discussion: """
                Mỗi phiên bản của một mã là một dòng: mã được văn bản sau sửa đổi có mỗi văn bản một dòng, kèm ngày.
                --search giữ các mục có mã, tên, căn cứ pháp lý hoặc lĩnh vực chứa mọi từ đã cho, không phân biệt hoa
                thường hay dấu: --search "hoa don" tìm thấy "hóa đơn", --search "D24 K4" các mã của Điều 24 khoản 4.
                """),
        "rules circumstances": Command(abstract: "Liệt kê các mã tình tiết giảm nhẹ và tăng nặng."),
        "rules titles": Command(abstract: "Liệt kê các chức danh ký quyết định và thẩm quyền phạt của họ."),
        "rules propose": Command(
            abstract: "Đề xuất một thư mục bộ quy tắc để một tài khoản khác kích hoạt (hai người duyệt).",
            discussion: """
                Chạy `rules check` (bộ có lỗi không được đề xuất), `rules test` và `rules diff` so với bộ đang áp dụng (mọi
                vụ việc đang xử lý, đã có quyết định và đã chấp hành xong), rồi lưu bộ quy tắc theo mã băm nội dung kèm
                tóm tắt các kết quả đó. Một tài khoản khác kích hoạt nó bằng `thanhtra rules activate HASH` hoặc từ chối
                bằng `thanhtra rules reject HASH --reason TEXT`. Khi có tài khoản, đề xuất cần vai trò phap_che.
                """),
        "rules activate": Command(
            abstract: "Kích hoạt một bộ quy tắc đã đề xuất; không bao giờ bởi tài khoản đã đề xuất nó.",
            discussion: """
                Bộ đang hiệu lực là bộ `thanhtra serve` chạy và, khi `thanhtra init --four-eyes` đã bật quy tắc hai người
                duyệt, là bộ mọi lệnh dùng để quyết định. Bộ hiệu lực trước đó bị thôi áp dụng. Khi có tài khoản, kích
                hoạt cần vai trò duyet_quy_tac.
                """),
        "rules reject": Command(abstract: "Từ chối một bộ quy tắc đã đề xuất, kèm lý do; không bao giờ bởi người đề xuất."),
        "rules proposals": Command(abstract: "Liệt kê các bộ quy tắc đã đề xuất, mới nhất trước, kèm kết quả check, test và diff."),
        "journal": Command(abstract: "Xem và kiểm tra nhật ký thay đổi."),
        "journal show": Command(abstract: "Liệt kê các mục nhật ký, cũ nhất trước."),
        "journal verify": Command(
            abstract: "Chứng minh nhật ký và các bảng: chuỗi mã băm, từng dòng khớp với dấu niêm phong, các kiểm tra của SQLite.",
            discussion: """
                Kiểm tra trong một lần đọc: integrity_check của SQLite (quick_check với --quick) và foreign_key_check;
                chuỗi mã băm của nhật ký; mỗi dòng của mỗi bảng được niêm phong đúng như mục nhật ký ghi nó lần cuối để
                lại, không dòng nào bị thêm hay xóa ngoài thanhtra, và các dấu niêm phong cộng lại đúng bằng giá trị mục
                đầu nhật ký ghi; với --head, đầu nhật ký in trên một báo cáo đã lưu vẫn còn trong nhật ký (chỉ cách này
                phát hiện được phần cuối bị cắt). Một mục ghi trước mục mà nó nối tiếp là một cảnh báo.

                Mã thoát: 0 khi mọi thứ đúng, 1 khi có điều không đúng (từng điều được nêu ra).
                """),
        "import": Command(
            abstract: "Nhập đối tượng, cuộc thanh tra, vụ việc xử phạt hoặc các lần nộp phạt từ tệp CSV (UTF-8, RFC 4180).",
            discussion: """
                Dòng đầu là dòng tiêu đề. Các cột được so khớp không phân biệt hoa thường hay dấu, bằng tiếng Việt hoặc
                tiếng Anh: với vụ việc ví dụ so bien ban, ma so thue, ngay lap bien ban, hanh vi vi pham, so quyet dinh,
                tien phat. Ngày là YYYY-MM-DD hoặc DD/MM/YYYY; số tiền là đồng chẵn (1500000 hoặc 1.500.000).
                docs/import.md liệt kê mọi tiêu đề được chấp nhận của từng loại.

                Các trường cách nhau bằng dấu phẩy, hoặc dấu chấm phẩy hay tab như Excel lưu với thiết lập tiếng Việt
                (nhận ra từ dòng tiêu đề). Cột số thứ tự (STT, #) được bỏ qua. Ngày viết tháng trước (03/25/2026) làm cả
                tệp bị từ chối, kèm các dòng đó: các ngày khác của tệp sẽ bị đọc sai.

                Mọi dòng được kiểm tra trước, và mọi lỗi của một dòng đều được báo. Nếu có dòng sai, 50 lỗi đầu được liệt
                kê (TỆP:DÒNG: lý do), mọi dòng sai được ghi vào TỆP.rejects.csv cạnh tệp, và không gì được nhập, trừ khi có
                --skip-bad TỆP: khi đó các dòng sai được ghi vào đó (thêm cột dòng và lý do) và các dòng khác được nhập.
                Các dòng được ghi theo lô, mỗi lô một giao dịch và một mục nhật ký `import <loại>` kèm SHA-256 của tệp.
                Nhập đối tượng trước, rồi cuộc thanh tra và vụ việc, rồi các lần nộp phạt.
                """),
        "batch": Command(
            abstract: "Chạy các lệnh cho dưới dạng JSON Lines trên đầu vào chuẩn.",
            discussion: """
                Mỗi dòng không rỗng của stdin là một đối tượng JSON {"argv": [...]}: các từ sau `thanhtra`, ví dụ
                  {"argv": ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]}
                Nó được phân tích đúng như dòng lệnh và chạy trong tiến trình này; --db, --rules và --as cho `batch` áp
                dụng cho mọi dòng. Với mỗi dòng, một đối tượng JSON được in ra stdout:
                  {"line": 1, "ok": true, "output": "registered subject #1: Công ty A (0101234567)\\n"}
                  {"line": 2, "ok": false, "error": "error: ..."}
                (`output`: những gì lệnh đã in.) Các dòng chạy theo thứ tự, mỗi dòng một giao dịch; một dòng lỗi không
                làm dừng các dòng khác. Mã thoát là 1 nếu có dòng lỗi.

                --atomic: mọi dòng phải phân tích được trước; rồi mọi dòng chạy theo thứ tự trong một giao dịch: mỗi dòng
                được ghi nhật ký như khi chạy riêng, dòng sau thấy những gì dòng trước đã ghi, và không gì được ghi nếu có
                dòng lỗi (mọi lỗi vẫn được báo). Các lệnh không thể chung một giao dịch bị từ chối trước khi chạy: init,
                import, một dòng có --db riêng, report -o FILE.
                """),
        "account": Command(
            abstract: "Quản lý tài khoản: thêm, liệt kê, khóa, đổi mật khẩu.",
            discussion: """
                Cơ sở dữ liệu chưa có tài khoản thì vẫn dùng như một người dùng. Khi đã có, --as của mọi lệnh phải là một
                tài khoản đang hoạt động, và chỉ tài khoản có vai trò quan_tri mới thêm, liệt kê và khóa tài khoản.
                Mật khẩu được đọc từ bàn phím không hiện chữ, hoặc từ đầu vào chuẩn với --password-stdin; không bao giờ
                từ dòng lệnh.
                """),
        "account add": Command(abstract: "Thêm một tài khoản; mật khẩu được hỏi (hoặc đọc bằng --password-stdin)."),
        "account list": Command(abstract: "Liệt kê các tài khoản."),
        "account disable": Command(abstract: "Khóa một tài khoản: không đăng nhập hay thao tác được nữa; các phiên của nó kết thúc."),
        "account password": Command(abstract: "Đổi mật khẩu (của mình, hoặc của bất kỳ ai nếu là quan_tri); các phiên của tài khoản kết thúc."),
        "serve": Command(
            abstract: "Phục vụ các trang web (tiếng Việt trước) cho đến khi Ctrl-C hoặc SIGTERM.",
            discussion: """
                Mọi người đăng nhập bằng các tài khoản của `thanhtra account`. Mặc định nghe trên 127.0.0.1.
                Trước khi mở ra mạng, hãy phục vụ HTTPS: cho --tls-cert và --tls-key (tệp PEM; cookie khi đó là
                Secure và trình duyệt được báo chỉ dùng HTTPS), hoặc đặt một proxy TLS phía trước và dùng
                --secure-cookies. Mỗi yêu cầu một dòng nhật ký truy cập trên đầu ra lỗi chuẩn.
                """),
        "role": Command(
            abstract: "Cấp hoặc thu hồi vai trò của một tài khoản.",
            discussion: """
                Vai trò mở các chức năng; vai trò không phải chức danh pháp lý (xem `thanhtra title`). Chỉ tài khoản đang
                hoạt động có vai trò quan_tri mới thay đổi vai trò, không bao giờ của chính mình; mỗi thay đổi được ghi
                nhật ký.
                """),
        "role grant": Command(abstract: "Cấp một vai trò cho một tài khoản."),
        "role revoke": Command(abstract: "Thu hồi một vai trò của một tài khoản."),
        "title": Command(
            abstract: "Giao, liệt kê và chấm dứt các chức danh pháp lý mà tài khoản nắm giữ.",
            discussion: """
                Chức danh là một trong các chức danh ký quyết định của bộ quy tắc (`thanhtra rules titles`), giữ trong một
                thời hạn. Khi cơ sở dữ liệu đã có tài khoản, `case decide --signer TITLE` cần tài khoản đang thao tác (--as)
                giữ TITLE vào ngày ra quyết định, tự mình hoặc do được giao quyền (`thanhtra delegate`). Chỉ quan_tri giao
                và chấm dứt chức danh.
                """),
        "title assign": Command(abstract: "Ghi việc một tài khoản giữ một chức danh từ một ngày (đến một ngày)."),
        "title list": Command(abstract: "Liệt kê các chức danh các tài khoản đang giữ (của một tài khoản khi được chỉ định)."),
        "title end": Command(abstract: "Chấm dứt việc giữ chức danh: --on là ngày cuối cùng còn giữ."),
        "delegate": Command(
            abstract: "Ghi việc giao quyền một chức danh (Luật XLVPHC Điều 54).",
            discussion: """
                Người giao quyền phải tự mình giữ chức danh trong mọi ngày của thời hạn (chức danh được giao quyền không
                được giao lại). Việc giao quyền phải bằng văn bản: --document là số quyết định giao quyền. Thời hạn là
                đoạn đóng: --from là ngày đầu, --to là ngày cuối. Do quan_tri hoặc chính người giao quyền ghi.
                """),
        "delegation": Command(abstract: "Liệt kê các việc giao quyền chức danh, hoặc chấm dứt sớm một việc."),
        "delegation list": Command(abstract: "Liệt kê các việc giao quyền (mà một tài khoản giao hoặc nhận, khi được chỉ định)."),
        "delegation end": Command(abstract: "Chấm dứt sớm một việc giao quyền: --on là ngày cuối cùng của thời hạn."),
        "db": Command(
            abstract: "Quản trị cơ sở dữ liệu: chép sang một kho khác; trên PostgreSQL, vai trò ứng dụng.",
            discussion: """
                `db copy FROM TO` chép mọi bảng sang một kho trống (SQLite hoặc PostgreSQL) rồi kiểm tra bản chép.
                Trên PostgreSQL, chủ sở hữu lược đồ tạo và nâng cấp các bảng, còn cán bộ kết nối bằng một vai trò ứng dụng
                chỉ được ghi thêm vào nhật ký: `db grant ROLE` (chạy bởi chủ sở hữu) cấp cho nó những gì các lệnh cần;
                `db privileges` (bất kỳ ai) cho biết vai trò đang kết nối được làm gì với nhật ký.
                """),
        "db copy": Command(
            abstract: "Chép toàn bộ một cơ sở dữ liệu sang một cơ sở dữ liệu mới, còn trống (SQLite ⇄ PostgreSQL), rồi kiểm tra bản chép.",
            discussion: """
                FROM và TO là một tệp SQLite hoặc một URL postgres://. Mọi bảng được chép trong một giao dịch của TO:
                nhật ký với mọi mã băm giữ nguyên, đối tượng, vụ việc và các sự kiện của chúng, cuộc thanh tra và kết quả,
                kế hoạch, lịch sử bộ quy tắc, báo cáo đã lưu, tài khoản, vai trò, chức danh, giao quyền, đề xuất bộ quy tắc
                và thiết lập; các trigger của TO tự dựng lại số liệu tổng hợp theo ngày. TO phải trống (tệp SQLite mới được
                tạo; cơ sở dữ liệu PostgreSQL phải có sẵn và trống: createdb). Sau đó bản chép được kiểm tra: cùng đầu nhật
                ký, journal verify trên TO, cùng các dòng trong mọi bảng, cùng số liệu tổng hợp, và mọi báo cáo đã lưu in ra
                giống nhau ở cả hai.

                Dừng mọi lệnh ghi vào FROM trước: một lệnh ghi trong lúc chép sẽ hiện ra là một đầu nhật ký khác.
                Tiến độ hiện trên stderr khi là terminal. Mã thoát: 0 khi bản chép kiểm tra đúng, 1 nếu không.
                """),
        "db grant": Command(
            abstract: "Cấp cho vai trò ứng dụng những gì các lệnh của thanhtra cần (PostgreSQL).",
            discussion: """
                Chạy với tư cách chủ sở hữu cơ sở dữ liệu (--db với URL của chủ sở hữu), sau `thanhtra init` và lại sau mỗi
                lần nâng cấp. Vai trò phải có sẵn (createuser). Nó được SELECT, INSERT, UPDATE và DELETE trên các bảng làm
                việc, và chỉ INSERT và SELECT trên nhật ký và các báo cáo đã lưu: UPDATE hay DELETE nhật ký bởi nó bị từ
                chối theo quyền, ngoài trigger chỉ-ghi-thêm.
                """),
        "db privileges": Command(
            abstract: "Kiểm tra rằng vai trò đang kết nối chỉ được ghi thêm vào nhật ký (PostgreSQL).",
            discussion: """
                Thoát 0 khi vai trò của --db chỉ được INSERT và SELECT nhật ký và các báo cáo đã lưu (vai trò ứng dụng),
                1 khi nó được thay đổi chúng: nó sở hữu lược đồ, là superuser, hoặc có UPDATE, DELETE hay TRUNCATE.
                """),
    ]
}
