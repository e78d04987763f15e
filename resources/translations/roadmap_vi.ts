<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {app}</source>
            <translation>Giới thiệu {app}</translation>
        </message>
        <message>
            <source>Runs a city cabinet's priority-setting workshop on one laptop, offline.</source>
            <translation>Tổ chức hội thảo xác định ưu tiên của ban lãnh đạo thành phố trên một máy tính xách tay, không cần mạng.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Phiên bản</translation>
        </message>
        <message>
            <source>&amp;Copy the versions</source>
            <translation>&amp;Sao chép phiên bản</translation>
        </message>
    </context>
    <context>
        <name>Ask</name>
        <message>
            <source>Import proposals</source>
            <translation>Nhập đề xuất</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Bảng tính (*.xlsx *.xlsm *.csv *.tsv *.txt);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Import paper ballots</source>
            <translation>Nhập phiếu giấy</translation>
        </message>
        <message>
            <source>Scores CSV (*.csv *.txt);;All files (*)</source>
            <translation>Điểm dạng CSV (*.csv *.txt);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Roadmap Desktop stores (*.sqlite *.db *.roadmap);;All files (*)</source>
            <translation>Tệp dữ liệu Roadmap Desktop (*.sqlite *.db *.roadmap);;Tất cả các tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>&amp;New proposal…</source>
            <translation>Đề xuất &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Edit proposal…</source>
            <translation>&amp;Sửa đề xuất…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Nhân bản</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Lưu trữ</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>&amp;Restore archived…</source>
            <translation>&amp;Khôi phục đề xuất đã lưu trữ…</translation>
        </message>
        <message>
            <source>&amp;Add lane…</source>
            <translation>&amp;Thêm cột…</translation>
        </message>
        <message>
            <source>&amp;Rename lane…</source>
            <translation>Đổi tên &amp;cột…</translation>
        </message>
        <message>
            <source>Set &amp;limit…</source>
            <translation>Đặt &amp;giới hạn…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>&amp;Màu…</translation>
        </message>
        <message>
            <source>Move lane &amp;left</source>
            <translation>Chuyển cột sang trá&amp;i</translation>
        </message>
        <message>
            <source>Move lane &amp;right</source>
            <translation>Chuyển cột sang &amp;phải</translation>
        </message>
        <message>
            <source>Re&amp;move lane…</source>
            <translation>Gỡ &amp;bỏ cột…</translation>
        </message>
        <message>
            <source>&amp;Proposal</source>
            <translation>Đề &amp;xuất</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Cột</translation>
        </message>
        <message>
            <source>{failed}: {problem}</source>
            <translation>{failed}: {problem}</translation>
        </message>
        <message>
            <source>Done, but it cannot be undone: {problem}</source>
            <translation>Đã xong, nhưng không thể hoàn tác: {problem}</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>Chưa thêm được</translation>
        </message>
        <message>
            <source>Add proposal {card}</source>
            <translation>Thêm đề xuất {card}</translation>
        </message>
        <message>
            <source>Choose a card to edit first.</source>
            <translation>Vui lòng chọn một thẻ để sửa trước.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Chưa lưu được</translation>
        </message>
        <message>
            <source>Duplicate {card}</source>
            <translation>Nhân bản {card}</translation>
        </message>
        <message>
            <source>Not duplicated</source>
            <translation>Chưa nhân bản được</translation>
        </message>
        <message>
            <source>Not archived</source>
            <translation>Chưa lưu trữ được</translation>
        </message>
        <message>
            <source>Delete this proposal and its scores? You can undo this.</source>
            <translation>Xóa đề xuất này cùng các điểm của nó? Có thể hoàn tác thao tác này.</translation>
        </message>
        <message numerus="yes">
            <source>Delete these %n proposals and their scores? You can undo this.</source>
            <translation>
                <numerusform>Xóa %n đề xuất này cùng các điểm của chúng? Có thể hoàn tác thao tác này.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Chưa xóa được</translation>
        </message>
        <message>
            <source>No archived proposals in this workshop.</source>
            <translation>Hội thảo này không có đề xuất nào đã lưu trữ.</translation>
        </message>
        <message>
            <source>Restore archived</source>
            <translation>Khôi phục đề xuất đã lưu trữ</translation>
        </message>
        <message>
            <source>Put back on the board:</source>
            <translation>Đưa trở lại bảng:</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Chưa khôi phục được</translation>
        </message>
        <message>
            <source>Restore {card}</source>
            <translation>Khôi phục {card}</translation>
        </message>
        <message>
            <source>Archive {what}</source>
            <translation>Lưu trữ {what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Xóa {what}</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Thêm cột</translation>
        </message>
        <message>
            <source>Name of the new lane:</source>
            <translation>Tên cột mới:</translation>
        </message>
        <message>
            <source>No lane added</source>
            <translation>Chưa thêm được cột nào</translation>
        </message>
        <message>
            <source>Add lane {lane}</source>
            <translation>Thêm cột {lane}</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Đổi tên cột</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Tên mới:</translation>
        </message>
        <message>
            <source>Not renamed</source>
            <translation>Chưa đổi tên được</translation>
        </message>
        <message>
            <source>Rename lane “{old}” to “{new}”</source>
            <translation>Đổi tên cột “{old}” thành “{new}”</translation>
        </message>
        <message>
            <source>Lane limit</source>
            <translation>Giới hạn của cột</translation>
        </message>
        <message>
            <source>Most cards in {lane} (0: no limit):</source>
            <translation>Số thẻ tối đa trong {lane} (0: không giới hạn):</translation>
        </message>
        <message>
            <source>Limit not set</source>
            <translation>Chưa đặt được giới hạn</translation>
        </message>
        <message>
            <source>Set the limit of {lane} to {limit}</source>
            <translation>Đặt giới hạn của {lane} là {limit}</translation>
        </message>
        <message>
            <source>Remove the limit of {lane}</source>
            <translation>Bỏ giới hạn của {lane}</translation>
        </message>
        <message>
            <source>Colour of {lane}</source>
            <translation>Màu của {lane}</translation>
        </message>
        <message>
            <source>Not recoloured</source>
            <translation>Chưa đổi màu được</translation>
        </message>
        <message>
            <source>Recolour lane {lane}</source>
            <translation>Đổi màu cột {lane}</translation>
        </message>
        <message>
            <source>Not moved</source>
            <translation>Chưa di chuyển được</translation>
        </message>
        <message>
            <source>Remove lane {lane}</source>
            <translation>Gỡ bỏ cột {lane}</translation>
        </message>
        <message>
            <source>The last lane cannot be removed.</source>
            <translation>Không thể gỡ bỏ cột cuối cùng.</translation>
        </message>
        <message>
            <source>Remove {lane}</source>
            <translation>Gỡ bỏ {lane}</translation>
        </message>
        <message>
            <source>Move its card to:</source>
            <translation>Chuyển thẻ của cột này sang:</translation>
        </message>
        <message numerus="yes">
            <source>Move its %n cards to:</source>
            <translation>
                <numerusform>Chuyển %n thẻ của cột này sang:</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove lane {lane} ({cards} to {other})</source>
            <translation>Gỡ bỏ cột {lane} ({cards} sang {other})</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Gỡ bỏ cột</translation>
        </message>
        <message>
            <source>Remove the empty lane {lane}?</source>
            <translation>Gỡ bỏ cột trống {lane}?</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>Chưa gỡ bỏ được</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Board</source>
            <translation>Bảng</translation>
        </message>
        <message>
            <source>Not moved: {problem}</source>
            <translation>Chưa di chuyển được: {problem}</translation>
        </message>
    </context>
    <context>
        <name>BudgetView</name>
        <message>
            <source>Budget</source>
            <translation>Ngân sách</translation>
        </message>
        <message>
            <source>Budget amount in dollars</source>
            <translation>Số tiền ngân sách tính bằng đô la</translation>
        </message>
        <message>
            <source>Budget a&amp;mount</source>
            <translation>&amp;Mức ngân sách</translation>
        </message>
        <message>
            <source>Ma&amp;ke it the workshop's budget</source>
            <translation>Đặt &amp;làm ngân sách của hội thảo</translation>
        </message>
        <message>
            <source>Best roadmap under the budget</source>
            <translation>Lộ trình tốt nhất trong ngân sách</translation>
        </message>
        <message>
            <source>The set with the highest total score that keeps every rule</source>
            <translation>Tập hợp có tổng điểm cao nhất mà vẫn tuân thủ mọi quy tắc</translation>
        </message>
        <message>
            <source>Funded by rank until the money runs out</source>
            <translation>Cấp vốn theo thứ hạng cho đến khi hết tiền</translation>
        </message>
        <message>
            <source>The ranking funded in order, stopping at the first that does not fit</source>
            <translation>Cấp vốn lần lượt theo bảng xếp hạng, dừng ở đề xuất đầu tiên vượt quá số tiền còn lại</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Chi phí</translation>
        </message>
        <message>
            <source>Apply to board…</source>
            <translation>Áp dụng vào bảng…</translation>
        </message>
        <message>
            <source>Apply {plan} to the board</source>
            <translation>Áp dụng {plan} vào bảng</translation>
        </message>
        <message>
            <source>Type the budget to see the best roadmap it funds. Mark proposals must-fund or must-not, and their dependencies, on their cards.</source>
            <translation>Nhập ngân sách để xem lộ trình tốt nhất mà ngân sách đó cấp vốn được. Đánh dấu bắt buộc cấp vốn hoặc không được cấp vốn, cùng các liên kết phụ thuộc, trên thẻ của từng đề xuất.</translation>
        </message>
        <message>
            <source>Marked must-fund</source>
            <translation>Được đánh dấu bắt buộc cấp vốn</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal, {cost} of {budget}; total score {score}</source>
            <translation>
                <numerusform>%n đề xuất, {cost} trên {budget}; tổng điểm {score}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals, {cost} of {budget}; total score {score}</source>
            <translation>
                <numerusform>%n đề xuất, {cost} trên {budget}; tổng điểm {score}</numerusform>
            </translation>
        </message>
        <message>
            <source>The best roadmap scores {gain} more in total. In bold: the proposals only one of the two funds ({best} only in the best roadmap, {rank} only by rank).</source>
            <translation>Lộ trình tốt nhất có tổng điểm cao hơn {gain}. In đậm: các đề xuất chỉ một trong hai phương án cấp vốn ({best} chỉ có trong lộ trình tốt nhất, {rank} chỉ có khi cấp vốn theo thứ hạng).</translation>
        </message>
        <message>
            <source>Funding by rank is already the best roadmap under this budget.</source>
            <translation>Cấp vốn theo thứ hạng đã là lộ trình tốt nhất trong ngân sách này.</translation>
        </message>
        <message>
            <source>unscored</source>
            <translation>chưa có điểm</translation>
        </message>
        <message>
            <source>no cost set</source>
            <translation>chưa có chi phí</translation>
        </message>
        <message>
            <source>marked must-not</source>
            <translation>được đánh dấu không được cấp vốn</translation>
        </message>
        <message>
            <source>Never funded: {proposals}</source>
            <translation>Không bao giờ được cấp vốn: {proposals}</translation>
        </message>
    </context>
    <context>
        <name>CategoriesPage</name>
        <message>
            <source>Categories</source>
            <translation>Hạng mục</translation>
        </message>
        <message>
            <source>&amp;Add category</source>
            <translation>&amp;Thêm hạng mục</translation>
        </message>
        <message>
            <source>Add a category at the end</source>
            <translation>Thêm một hạng mục vào cuối</translation>
        </message>
        <message>
            <source>Remove the selected category</source>
            <translation>Xóa hạng mục đã chọn</translation>
        </message>
        <message>
            <source>Move the selected category up (Alt+Up)</source>
            <translation>Chuyển hạng mục đã chọn lên (Alt+Mũi tên lên)</translation>
        </message>
        <message>
            <source>Move the selected category down (Alt+Down)</source>
            <translation>Chuyển hạng mục đã chọn xuống (Alt+Mũi tên xuống)</translation>
        </message>
        <message>
            <source>category {number}</source>
            <translation>hạng mục {number}</translation>
        </message>
        <message>
            <source>Category {number} needs a name.</source>
            <translation>Hạng mục {number} cần có tên.</translation>
        </message>
        <message>
            <source>Two categories are called {name}; each needs its own name.</source>
            <translation>Có hai hạng mục cùng tên {name}; mỗi hạng mục cần một tên riêng.</translation>
        </message>
        <message>
            <source>The roadmap track's name.</source>
            <translation>Tên của nhánh trong lộ trình.</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Chỉ tiêu</translation>
        </message>
        <message>
            <source>How many of its proposals make the roadmap; blank for no quota.</source>
            <translation>Số đề xuất thuộc hạng mục này được đưa vào lộ trình; để trống nếu không có hạn mức.</translation>
        </message>
        <message>
            <source>Shown on a card too narrow for the category's name; at most {most} characters. Empty: the model's label for the name, if it has one, or the name.</source>
            <translation>Hiển thị trên thẻ quá hẹp để ghi đủ tên hạng mục; tối đa {most} ký tự. Để trống: dùng nhãn của mô hình cho tên đó (nếu có), hoặc chính tên đó.</translation>
        </message>
        <message>
            <source>The roadmap's tracks. A quota is how many proposals of that track make the roadmap; leave it blank for no quota.</source>
            <translation>Các nhánh của lộ trình. Chỉ tiêu là số đề xuất của nhánh đó được đưa vào lộ trình; để trống nếu không có hạn mức.</translation>
        </message>
        <message>
            <source>The quota of {name} must be a whole number (got {text}).</source>
            <translation>Chỉ tiêu của {name} phải là số nguyên (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The quota of {name} is too large (got {text}).</source>
            <translation>Chỉ tiêu của {name} quá lớn (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The quota of {name} cannot be negative; leave it blank for no quota.</source>
            <translation>Chỉ tiêu của {name} không được âm; để trống nếu không có hạn mức.</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <source>Charts</source>
            <translation>Biểu đồ</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Xếp hạng</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <source>Per domain</source>
            <translation>Theo lĩnh vực</translation>
        </message>
        <message>
            <source>Ranking chart</source>
            <translation>Biểu đồ xếp hạng</translation>
        </message>
        <message>
            <source>Criteria chart</source>
            <translation>Biểu đồ tiêu chí</translation>
        </message>
        <message>
            <source>Per domain chart</source>
            <translation>Biểu đồ theo lĩnh vực</translation>
        </message>
        <message>
            <source>Ranking chart description</source>
            <translation>Mô tả biểu đồ xếp hạng</translation>
        </message>
        <message>
            <source>Criteria chart description</source>
            <translation>Mô tả biểu đồ tiêu chí</translation>
        </message>
        <message>
            <source>Per domain chart description</source>
            <translation>Mô tả biểu đồ theo lĩnh vực</translation>
        </message>
        <message>
            <source>Scatter chart: this workshop has no criteria.</source>
            <translation>Biểu đồ phân tán: hội thảo này không có tiêu chí nào.</translation>
        </message>
    </context>
    <context>
        <name>CompareRoundsDialog</name>
        <message>
            <source>Compare rounds</source>
            <translation>So sánh các vòng</translation>
        </message>
        <message>
            <source>Earlier round</source>
            <translation>Vòng trước</translation>
        </message>
        <message>
            <source>Later round</source>
            <translation>Vòng sau</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Vòng {number}</translation>
        </message>
        <message>
            <source>Comparison summary</source>
            <translation>Tóm tắt so sánh</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Rank before → after</source>
            <translation>Hạng trước → sau</translation>
        </message>
        <message>
            <source>Score before → after</source>
            <translation>Điểm trước → sau</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <source>Movements between the rounds</source>
            <translation>Thay đổi giữa các vòng</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Từ</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>đế&amp;n</translation>
        </message>
        <message>
            <source>Choose two different revealed rounds.</source>
            <translation>Vui lòng chọn hai vòng đã công bố khác nhau.</translation>
        </message>
        <message>
            <source>Round {first} → round {second}: {rose} rose, {fell} fell; largest change first.</source>
            <translation>Vòng {first} → vòng {second}: {rose} tăng, {fell} giảm; thay đổi lớn nhất trước.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Connection to the shared database</source>
            <translation>Kết nối với cơ sở dữ liệu dùng chung</translation>
        </message>
        <message>
            <source>The shared database cannot be reached. Nothing that was saved is lost; changes from other laptops will show again once it is back. Retrying…</source>
            <translation>Không thể kết nối tới cơ sở dữ liệu dùng chung. Không có gì đã lưu bị mất; các thay đổi từ những máy tính xách tay khác sẽ hiện lại khi kết nối được khôi phục. Đang thử lại…</translation>
        </message>
    </context>
    <context>
        <name>CouncilTab</name>
        <message>
            <source>This computer's time zone</source>
            <translation>Múi giờ của máy tính này</translation>
        </message>
        <message>
            <source>A&amp;genda item:</source>
            <translation>Mục trong chươn&amp;g trình nghị sự:</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Mục trong chương trình nghị sự</translation>
        </message>
        <message>
            <source>e.g. Item 4.2</source>
            <translation>ví dụ: Mục 4.2</translation>
        </message>
        <message>
            <source>&amp;Meeting date:</source>
            <translation>Ngày &amp;họp:</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>Ngày họp</translation>
        </message>
        <message>
            <source>e.g. 15 January 2027 (blank: a line to fill in)</source>
            <translation>ví dụ: 15 tháng 1, 2027 (để trống: một dòng để điền)</translation>
        </message>
        <message>
            <source>Prepared &amp;by:</source>
            <translation>Người &amp;soạn:</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Người soạn</translation>
        </message>
        <message>
            <source>Name and title (blank: a line to sign)</source>
            <translation>Họ tên và chức vụ (để trống: một dòng để ký)</translation>
        </message>
        <message>
            <source>Appro&amp;ved by:</source>
            <translation>Người &amp;duyệt:</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Người duyệt</translation>
        </message>
        <message>
            <source>&amp;Recommendation:</source>
            <translation>&amp;Khuyến nghị:</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Khuyến nghị</translation>
        </message>
        <message>
            <source>Blank: “Approve the N projects on the roadmap as the cabinet's priorities for &lt;year&gt;.”</source>
            <translation>Để trống: “Phê duyệt N dự án trong lộ trình là các ưu tiên của ban cho năm &lt;năm&gt;.”</translation>
        </message>
        <message>
            <source>A&amp;ction requested:</source>
            <translation>Đề nghị hành độ&amp;ng:</translation>
        </message>
        <message>
            <source>Action requested</source>
            <translation>Đề nghị hành động</translation>
        </message>
        <message>
            <source>Blank: “Accept the roadmap and direct staff to return with implementation plans and funding requests.”</source>
            <translation>Để trống: “Chấp thuận lộ trình và chỉ đạo nhân viên trình lại kế hoạch thực hiện cùng đề nghị cấp kinh phí.”</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Hội đồng</translation>
        </message>
        <message>
            <source>Time zone of the packet's times</source>
            <translation>Múi giờ của các giờ trong hồ sơ</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Múi giờ:</translation>
        </message>
        <message>
            <source>What the council packet's front section says. Leave a field blank for the packet's default wording, or a line to fill in by hand.</source>
            <translation>Nội dung phần đầu của hồ sơ trình Hội đồng. Để trống một ô để dùng câu chữ mặc định của hồ sơ, hoặc một dòng để điền tay.</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time's up</source>
            <translation>Hết giờ</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card</source>
            <translation>
                <numerusform>%n thẻ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n thẻ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CriteriaPage</name>
        <message>
            <source>Criteria</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <source>The questions every director scores each proposal on. A participant's score is the weighted mean of their answers; each criterion has its own scale.</source>
            <translation>Các câu hỏi mà mỗi giám đốc dùng để chấm điểm từng đề xuất. Điểm của một người tham gia là trung bình có trọng số của các câu trả lời; mỗi tiêu chí có thang điểm riêng.</translation>
        </message>
        <message>
            <source>The weight of {name} must be above zero.</source>
            <translation>Trọng số của {name} phải lớn hơn không.</translation>
        </message>
        <message>
            <source>The scale of {name} must run upwards: the lowest score ({lowest}) must be below the highest ({highest}).</source>
            <translation>Thang điểm của {name} phải tăng dần: điểm thấp nhất ({lowest}) phải nhỏ hơn điểm cao nhất ({highest}).</translation>
        </message>
        <message>
            <source>Add at least one criterion to score proposals on.</source>
            <translation>Hãy thêm ít nhất một tiêu chí để chấm điểm các đề xuất.</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Phones</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Directors' phones</source>
            <translation>Điện thoại của các giám đốc</translation>
        </message>
        <message>
            <source>Open voting to &amp;devices</source>
            <translation>Mở bỏ phiếu trên &amp;thiết bị</translation>
        </message>
        <message>
            <source>Open voting to devices</source>
            <translation>Mở bỏ phiếu trên thiết bị</translation>
        </message>
        <message>
            <source>Network to serve the ballots on</source>
            <translation>Mạng để cung cấp phiếu</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Cổng</translation>
        </message>
        <message>
            <source>Where phones join</source>
            <translation>Nơi điện thoại tham gia</translation>
        </message>
        <message>
            <source>How far the directors have got</source>
            <translation>Tiến độ của các giám đốc</translation>
        </message>
        <message>
            <source>Directors</source>
            <translation>Giám đốc</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Giám đốc</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Voting</source>
            <comment>a director's progress</comment>
            <translation>Bỏ phiếu</translation>
        </message>
        <message>
            <source>&amp;New link…</source>
            <translation>&amp;Liên kết mới…</translation>
        </message>
        <message>
            <source>Give the director a new link</source>
            <translation>Cấp liên kết mới cho giám đốc</translation>
        </message>
        <message>
            <source>A lost card or phone: the old link stops working at once</source>
            <translation>Mất thẻ hoặc điện thoại: liên kết cũ ngừng hoạt động ngay</translation>
        </message>
        <message>
            <source>Re&amp;lease phone…</source>
            <translation>&amp;Giải phóng điện thoại…</translation>
        </message>
        <message>
            <source>Release the director's phone</source>
            <translation>Giải phóng điện thoại của giám đốc</translation>
        </message>
        <message>
            <source>The link then works on the next phone that opens it</source>
            <translation>Liên kết sẽ hoạt động trên điện thoại tiếp theo mở nó</translation>
        </message>
        <message>
            <source>Print &amp;join cards…</source>
            <translation>In thẻ tham &amp;gia…</translation>
        </message>
        <message>
            <source>Print join cards</source>
            <translation>In thẻ tham gia</translation>
        </message>
        <message>
            <source>Room &amp;Wi-Fi…</source>
            <translation>&amp;Wi-Fi phòng họp…</translation>
        </message>
        <message>
            <source>The room's Wi-Fi</source>
            <translation>Wi-Fi của phòng họp</translation>
        </message>
        <message>
            <source>Net&amp;work:</source>
            <translation>&amp;Mạng:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>&amp;Cổng:</translation>
        </message>
        <message>
            <source>Could not read the phones' progress: {problem}</source>
            <translation>Không đọc được tiến độ của các điện thoại: {problem}</translation>
        </message>
        <message>
            <source>joined</source>
            <comment>a director's phone</comment>
            <translation>đã tham gia</translation>
        </message>
        <message>
            <source>not yet</source>
            <comment>a director's phone</comment>
            <translation>chưa</translation>
        </message>
        <message numerus="yes">
            <source>{given} of %n entry(ies) given</source>
            <translation>
                <numerusform>Đã nhập {given}/%n mục</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop voting on &amp;devices</source>
            <translation>Dừng bỏ phiếu trên &amp;thiết bị</translation>
        </message>
        <message>
            <source>Phones vote in the open round over the room's network</source>
            <translation>Điện thoại bỏ phiếu trong vòng đang mở qua mạng của phòng họp</translation>
        </message>
        <message>
            <source>Open a round first: phones vote in the open round</source>
            <translation>Hãy mở một vòng trước: điện thoại bỏ phiếu trong vòng đang mở</translation>
        </message>
        <message>
            <source>Phones join at {address}</source>
            <translation>Điện thoại tham gia tại {address}</translation>
        </message>
        <message>
            <source>Phones cannot vote: voting to devices is off.</source>
            <translation>Điện thoại không thể bỏ phiếu: bỏ phiếu trên thiết bị đang tắt.</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done}/{total} đã xong</translation>
        </message>
        <message>
            <source>{count} partly</source>
            <translation>{count} làm dở</translation>
        </message>
        <message numerus="yes">
            <source>{joined} of %n phone(s) joined</source>
            <translation>
                <numerusform>{joined}/%n điện thoại đã tham gia</numerusform>
            </translation>
        </message>
        <message>
            <source>Not voted yet: {names}</source>
            <translation>Chưa bỏ phiếu: {names}</translation>
        </message>
        <message>
            <source>Give {name} a new link?</source>
            <translation>Cấp liên kết mới cho {name}?</translation>
        </message>
        <message>
            <source>{name}'s current link and join card stop working at once; print a new card or read out the new code. Choices already made stay.</source>
            <translation>Liên kết hiện tại và thẻ tham gia của {name} sẽ ngừng hoạt động ngay; hãy in thẻ mới hoặc đọc mã mới. Các lựa chọn đã thực hiện vẫn được giữ.</translation>
        </message>
        <message>
            <source>No new link: {problem}</source>
            <translation>Không cấp được liên kết mới: {problem}</translation>
        </message>
        <message>
            <source>{name} has a new link: print their join card again.</source>
            <translation>{name} đã có liên kết mới: hãy in lại thẻ tham gia.</translation>
        </message>
        <message>
            <source>Release {name}'s phone?</source>
            <translation>Giải phóng điện thoại của {name}?</translation>
        </message>
        <message>
            <source>{name}'s link will work on the next phone that opens it, and never again on the phone it is on now.</source>
            <translation>Liên kết của {name} sẽ hoạt động trên điện thoại tiếp theo mở nó, và không bao giờ hoạt động lại trên điện thoại hiện tại.</translation>
        </message>
        <message>
            <source>Not released: {problem}</source>
            <translation>Không giải phóng được: {problem}</translation>
        </message>
        <message>
            <source>{name}'s link is free: open it on the new phone.</source>
            <translation>Liên kết của {name} đã được giải phóng: hãy mở nó trên điện thoại mới.</translation>
        </message>
        <message>
            <source>No join cards: {problem}</source>
            <translation>Không có thẻ tham gia: {problem}</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>The city's logo for the poster</source>
            <translation>Biểu trưng của thành phố cho áp phích</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Hình ảnh (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <source>Logo: {path}</source>
            <translation>Biểu trưng: {path}</translation>
        </message>
        <message>
            <source>No logo on the poster.</source>
            <translation>Áp phích không có biểu trưng.</translation>
        </message>
        <message>
            <source>Roadmap poster on Letter sheets</source>
            <translation>Áp phích lộ trình trên giấy khổ Letter</translation>
        </message>
        <message>
            <source>Roadmap poster on A4 sheets</source>
            <translation>Áp phích lộ trình trên giấy khổ A4</translation>
        </message>
        <message>
            <source>Roadmap poster</source>
            <translation>Áp phích lộ trình</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Hình ảnh PNG (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Council packet</source>
            <translation>Hồ sơ trình Hội đồng</translation>
        </message>
        <message>
            <source>Join cards</source>
            <translation>Thẻ tham gia</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Notes on the document</source>
            <translation>Ghi chú về tài liệu</translation>
        </message>
        <message>
            <source>Making the document</source>
            <translation>Đang tạo tài liệu</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Các trang</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Lưu…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <source>Round the document reports</source>
            <translation>Vòng mà tài liệu báo cáo</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Vòng:</translation>
        </message>
        <message>
            <source>Language of the document</source>
            <translation>Ngôn ngữ của tài liệu</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <source>Making “{document}”…</source>
            <translation>Đang tạo “{document}”…</translation>
        </message>
        <message numerus="yes">
            <source>%n page. Save it, or print it.</source>
            <translation>
                <numerusform>%n trang. Hãy lưu hoặc in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages. Save it, or print it.</source>
            <translation>
                <numerusform>%n trang. Hãy lưu hoặc in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page. Save it.</source>
            <translation>
                <numerusform>%n trang. Hãy lưu lại.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages. Save it.</source>
            <translation>
                <numerusform>%n trang. Hãy lưu lại.</numerusform>
            </translation>
        </message>
        <message>
            <source>{note}.</source>
            <translation>{note}.</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Trang {number}</translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Trang {number} / {count}</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Đã lưu vào {path}.</translation>
        </message>
        <message>
            <source>Preparing the pages for the printer…</source>
            <translation>Đang chuẩn bị các trang để in…</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Đã gửi tới máy in.</translation>
        </message>
        <message>
            <source>The printer refused the job.</source>
            <translation>Máy in đã từ chối lệnh in.</translation>
        </message>
    </context>
    <context>
        <name>DomainsPage</name>
        <message>
            <source>Domains</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>&amp;Add domain</source>
            <translation>&amp;Thêm lĩnh vực</translation>
        </message>
        <message>
            <source>Add a domain at the end</source>
            <translation>Thêm một lĩnh vực vào cuối</translation>
        </message>
        <message>
            <source>Remove the selected domain</source>
            <translation>Xóa lĩnh vực đã chọn</translation>
        </message>
        <message>
            <source>Move the selected domain up (Alt+Up)</source>
            <translation>Chuyển lĩnh vực đã chọn lên (Alt+Mũi tên lên)</translation>
        </message>
        <message>
            <source>Move the selected domain down (Alt+Down)</source>
            <translation>Chuyển lĩnh vực đã chọn xuống (Alt+Mũi tên xuống)</translation>
        </message>
        <message>
            <source>domain {number}</source>
            <translation>lĩnh vực {number}</translation>
        </message>
        <message>
            <source>Domain {number} needs a name.</source>
            <translation>Lĩnh vực {number} cần có tên.</translation>
        </message>
        <message>
            <source>Two domains are called {name}; each needs its own name.</source>
            <translation>Có hai lĩnh vực cùng tên {name}; mỗi lĩnh vực cần một tên riêng.</translation>
        </message>
        <message>
            <source>The outcome area's name.</source>
            <translation>Tên của lĩnh vực kết quả.</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Màu</translation>
        </message>
        <message>
            <source>Shown beside the domain's name on cards, the poster and the packet.</source>
            <translation>Hiển thị bên cạnh tên lĩnh vực trên thẻ, áp phích và hồ sơ.</translation>
        </message>
        <message>
            <source>Shown on a card too narrow for the domain's name; at most {most} characters. Empty: the model's label for the name, if it has one, or the name.</source>
            <translation>Hiển thị trên thẻ quá hẹp để ghi đủ tên lĩnh vực; tối đa {most} ký tự. Để trống: dùng nhãn của mô hình cho tên đó (nếu có), hoặc chính tên đó.</translation>
        </message>
        <message>
            <source>The Smart City Vision's outcome areas; each proposal belongs to one. The colours are colour-blind safe (Okabe–Ito) and always appear beside the name.</source>
            <translation>Các lĩnh vực kết quả của Tầm nhìn Thành phố Thông minh; mỗi đề xuất thuộc về một lĩnh vực. Các màu an toàn cho người mù màu (Okabe–Ito) và luôn hiển thị cạnh tên.</translation>
        </message>
        <message>
            <source>C&amp;olour…</source>
            <translation>&amp;Màu…</translation>
        </message>
        <message>
            <source>Choose the colour of the selected domain</source>
            <translation>Chọn màu cho lĩnh vực đã chọn</translation>
        </message>
        <message>
            <source>The colour of {name} is written #rrggbb, like #0072B2 (got {text}).</source>
            <translation>Màu của {name} được viết dạng #rrggbb, ví dụ #0072B2 (đã nhập {text}).</translation>
        </message>
    </context>
    <context>
        <name>EmptyBoardNote</name>
        <message>
            <source>No proposals yet</source>
            <translation>Chưa có đề xuất nào</translation>
        </message>
        <message>
            <source>Add proposals to start.</source>
            <translation>Hãy thêm đề xuất để bắt đầu.</translation>
        </message>
        <message>
            <source>Use {way}.</source>
            <translation>Hãy dùng {way}.</translation>
        </message>
        <message>
            <source>Use {ways} or {last}.</source>
            <translation>Hãy dùng {ways} hoặc {last}.</translation>
        </message>
    </context>
    <context>
        <name>EnteredValuesBox</name>
        <message>
            <source>&amp;Show entered values</source>
            <translation>&amp;Hiện giá trị đã nhập</translation>
        </message>
        <message>
            <source>Show entered values</source>
            <translation>Hiện giá trị đã nhập</translation>
        </message>
        <message>
            <source>Off: entered scores show as ✓, so nothing leaks on the projector before the reveal</source>
            <translation>Tắt: điểm đã nhập hiện dưới dạng ✓, để không lộ gì trên máy chiếu trước khi công bố</translation>
        </message>
        <message>
            <source>Directors' entries will be visible on this screen, and on the projector if it shows this screen. Show the entered values?</source>
            <translation>Các mục giám đốc đã nhập sẽ hiện trên màn hình này, và trên máy chiếu nếu máy chiếu đang chiếu màn hình này. Hiện giá trị đã nhập?</translation>
        </message>
        <message>
            <source>Show entered values?</source>
            <translation>Hiện giá trị đã nhập?</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Filter proposals</source>
            <translation>Lọc đề xuất</translation>
        </message>
        <message>
            <source>Search proposals (Ctrl+F)</source>
            <translation>Tìm đề xuất (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search proposals</source>
            <translation>Tìm đề xuất</translation>
        </message>
        <message>
            <source>Finds words in a proposal's title, summary, department, domain and category; case and accents do not matter. Escape clears the search.</source>
            <translation>Tìm từ trong tiêu đề, tóm tắt, sở ban, lĩnh vực và hạng mục của đề xuất; không phân biệt chữ hoa, chữ thường hay dấu. Nhấn Escape để xóa nội dung tìm.</translation>
        </message>
        <message>
            <source>Filter by domain</source>
            <translation>Lọc theo lĩnh vực</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Mọi lĩnh vực</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Lọc theo hạng mục</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Mọi hạng mục</translation>
        </message>
        <message>
            <source>Filter by department</source>
            <translation>Lọc theo sở ban</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Mọi sở ban</translation>
        </message>
        <message>
            <source>Hide non-matching</source>
            <translation>Ẩn mục không khớp</translation>
        </message>
        <message>
            <source>Hide non-matching proposals</source>
            <translation>Ẩn các đề xuất không khớp</translation>
        </message>
        <message>
            <source>Hide the proposals that do not match, instead of dimming them</source>
            <translation>Ẩn các đề xuất không khớp thay vì làm mờ chúng</translation>
        </message>
        <message>
            <source>Proposals matching the filter</source>
            <translation>Đề xuất khớp với bộ lọc</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposal matches</source>
            <translation>
                <numerusform>%n / {total} đề xuất khớp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposal match</source>
            <translation>
                <numerusform>%n / {total} đề xuất khớp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposals matches</source>
            <translation>
                <numerusform>%n / {total} đề xuất khớp</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposals match</source>
            <translation>
                <numerusform>%n / {total} đề xuất khớp</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProposalsDialog</name>
        <message>
            <source>Import proposals from {file}</source>
            <translation>Nhập đề xuất từ {file}</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>Trang tính</translation>
        </message>
        <message>
            <source>Save a &amp;template…</source>
            <translation>Lưu &amp;mẫu…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translation>Cột cho {field}</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Rows whose title is already in the workshop</source>
            <translation>Các dòng có tiêu đề đã có trong hội thảo</translation>
        </message>
        <message>
            <source>Titles already there:</source>
            <translation>Tiêu đề đã có:</translation>
        </message>
        <message>
            <source>Titles over 300 characters</source>
            <translation>Tiêu đề dài hơn 300 ký tự</translation>
        </message>
        <message>
            <source>Refuse the file (shorten them first)</source>
            <translation>Từ chối tệp (rút gọn chúng trước)</translation>
        </message>
        <message>
            <source>Cut them; keep the whole title in the summary</source>
            <translation>Cắt ngắn; giữ nguyên tiêu đề đầy đủ trong phần tóm tắt</translation>
        </message>
        <message>
            <source>Titles over 300 characters:</source>
            <translation>Tiêu đề dài hơn 300 ký tự:</translation>
        </message>
        <message>
            <source>Domains and categories the workshop does not have</source>
            <translation>Các lĩnh vực và hạng mục mà hội thảo chưa có</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>Trong tệp</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Dùng</translation>
        </message>
        <message>
            <source>New values:</source>
            <translation>Giá trị mới:</translation>
        </message>
        <message>
            <source>The first rows as they will land</source>
            <translation>Các dòng đầu tiên như khi được nhập</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Nhập</translation>
        </message>
        <message>
            <source>Preview (the first rows as they will land):</source>
            <translation>Xem trước (các dòng đầu tiên như khi được nhập):</translation>
        </message>
        <message>
            <source>{source}: {rows}, {columns}</source>
            <translation>{source}: {rows}, {columns}</translation>
        </message>
        <message numerus="yes">
            <source>%n row</source>
            <translation>
                <numerusform>%n dòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n dòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column</source>
            <translation>
                <numerusform>%n cột</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n columns</source>
            <translation>
                <numerusform>%n cột</numerusform>
            </translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(không nhập)</translation>
        </message>
        <message>
            <source>(column {number})</source>
            <translation>(cột {number})</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Hạng mục</translation>
        </message>
        <message>
            <source>Use for the domain {name}</source>
            <translation>Dùng cho lĩnh vực {name}</translation>
        </message>
        <message>
            <source>Use for the category {name}</source>
            <translation>Dùng cho hạng mục {name}</translation>
        </message>
        <message>
            <source>Create as new</source>
            <translation>Tạo mới</translation>
        </message>
        <message numerus="yes">
            <source>%n to add</source>
            <translation>
                <numerusform>%n sẽ thêm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n sẽ cập nhật</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n bỏ qua</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new name</source>
            <translation>
                <numerusform>%n tên mới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new names</source>
            <translation>
                <numerusform>%n tên mới</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem</source>
            <translation>
                <numerusform>%n vấn đề</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems</source>
            <translation>
                <numerusform>%n vấn đề</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… và %n mục khác</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems: ready to import.</source>
            <translation>Không có vấn đề: sẵn sàng nhập.</translation>
        </message>
        <message>
            <source>“{title}” (row {row}, already in the workshop)</source>
            <translation>“{title}” (dòng {row}, đã có trong hội thảo)</translation>
        </message>
        <message>
            <source>“{title}” (row {row}, same as row {earlier})</source>
            <translation>“{title}” (dòng {row}, trùng với dòng {earlier})</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Không có.</translation>
        </message>
    </context>
    <context>
        <name>LabelTable</name>
        <message>
            <source>Short labels</source>
            <translation>Nhãn ngắn</translation>
        </message>
        <message>
            <source>Each domain and category with its short label. Arrow keys move between rows; type or press F2 to edit a short label. Leave it empty to show the full name.</source>
            <translation>Mỗi lĩnh vực và hạng mục cùng nhãn ngắn của nó. Dùng phím mũi tên để di chuyển giữa các dòng; gõ hoặc nhấn F2 để sửa nhãn ngắn. Để trống để hiển thị tên đầy đủ.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Domain or category.</source>
            <translation>Lĩnh vực hoặc hạng mục.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>The full name, shown wherever it fits (change it where it was made).</source>
            <translation>Tên đầy đủ, hiển thị ở bất cứ chỗ nào đủ chỗ (sửa tên ở nơi đã tạo ra nó).</translation>
        </message>
        <message>
            <source>Short label</source>
            <translation>Nhãn ngắn</translation>
        </message>
        <message>
            <source>Shown on a card too narrow for the name; at most {most} characters. Empty: the name.</source>
            <translation>Hiển thị trên thẻ quá hẹp để ghi đủ tên; tối đa {most} ký tự. Để trống: dùng tên.</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Hạng mục</translation>
        </message>
        <message>
            <source>No short label: {name} is shown in full</source>
            <translation>Không có nhãn ngắn: {name} được hiển thị đầy đủ</translation>
        </message>
        <message>
            <source>On a narrow card: {label}</source>
            <translation>Trên thẻ hẹp: {label}</translation>
        </message>
        <message>
            <source>No short label: cards show {name}</source>
            <translation>Không có nhãn ngắn: thẻ hiển thị {name}</translation>
        </message>
    </context>
    <context>
        <name>LaneColumn</name>
        <message>
            <source>{lane} {count}, over the limit</source>
            <translation>{lane} {count}, vượt quá giới hạn</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message>
            <source>{quota} (over quota)</source>
            <translation>{quota} (vượt chỉ tiêu)</translation>
        </message>
        <message>
            <source>Quotas: {quotas}</source>
            <translation>Chỉ tiêu: {quotas}</translation>
        </message>
    </context>
    <context>
        <name>LaneView</name>
        <message>
            <source>{lane} lane</source>
            <translation>Cột {lane}</translation>
        </message>
    </context>
    <context>
        <name>LanesPage</name>
        <message>
            <source>Lanes</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>&amp;Add lane</source>
            <translation>&amp;Thêm cột</translation>
        </message>
        <message>
            <source>Add a lane at the end</source>
            <translation>Thêm một cột vào cuối</translation>
        </message>
        <message>
            <source>Remove the selected lane</source>
            <translation>Xóa cột đã chọn</translation>
        </message>
        <message>
            <source>Move the selected lane up (Alt+Up)</source>
            <translation>Chuyển cột đã chọn lên (Alt+Mũi tên lên)</translation>
        </message>
        <message>
            <source>Move the selected lane down (Alt+Down)</source>
            <translation>Chuyển cột đã chọn xuống (Alt+Mũi tên xuống)</translation>
        </message>
        <message>
            <source>lane {number}</source>
            <translation>cột {number}</translation>
        </message>
        <message>
            <source>Lane {number} needs a name.</source>
            <translation>Cột {number} cần có tên.</translation>
        </message>
        <message>
            <source>Two lanes are called {name}; each needs its own name.</source>
            <translation>Có hai cột cùng tên {name}; mỗi cột cần một tên riêng.</translation>
        </message>
        <message>
            <source>The column's heading on the board.</source>
            <translation>Tiêu đề của cột trên bảng.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>What the lane is for; new proposals land in the Inbox lane.</source>
            <translation>Mục đích của cột; đề xuất mới được đưa vào cột Hộp đến.</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Giới hạn</translation>
        </message>
        <message>
            <source>The most cards the lane should hold; blank for no limit.</source>
            <translation>Số thẻ tối đa mà cột nên chứa; để trống nếu không giới hạn.</translation>
        </message>
        <message>
            <source>The columns of the board, left to right. New proposals land in the Inbox. A lane's count turns red above its limit; leave the limit blank for none.</source>
            <translation>Các cột của bảng, từ trái sang phải. Đề xuất mới được đưa vào Hộp đến. Số đếm của cột chuyển sang màu đỏ khi vượt giới hạn; để trống giới hạn nếu không có.</translation>
        </message>
        <message>
            <source>The limit of {name} must be a whole number (got {text}).</source>
            <translation>Giới hạn của {name} phải là số nguyên (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The limit of {name} is too large (got {text}).</source>
            <translation>Giới hạn của {name} quá lớn (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The limit of {name} cannot be negative; leave it blank for no limit.</source>
            <translation>Giới hạn của {name} không được âm; để trống nếu không giới hạn.</translation>
        </message>
        <message>
            <source>The board needs at least one lane.</source>
            <translation>Bảng cần có ít nhất một cột.</translation>
        </message>
        <message>
            <source>Only one lane can be the Inbox, where new proposals land.</source>
            <translation>Chỉ một cột được là Hộp đến, nơi đề xuất mới được đưa vào.</translation>
        </message>
    </context>
    <context>
        <name>LinkCommand</name>
        <message>
            <source>{card} needs {other}</source>
            <translation>{card} cần {other}</translation>
        </message>
        <message>
            <source>{card} excludes {other}</source>
            <translation>{card} loại trừ {other}</translation>
        </message>
        <message>
            <source>That dependency has been changed by someone else since; their change stays.</source>
            <translation>Người khác đã thay đổi liên kết phụ thuộc này kể từ đó; thay đổi của họ được giữ nguyên.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{store} — {app}</source>
            <translation>{store} — {app}</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Hội thảo</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Hội thảo</translation>
        </message>
        <message>
            <source>Workshop summary</source>
            <translation>Tóm tắt hội thảo</translation>
        </message>
        <message>
            <source>Time left in the round</source>
            <translation>Thời gian còn lại của vòng</translation>
        </message>
        <message>
            <source>Board, scoring and results</source>
            <translation>Bảng, chấm điểm và kết quả</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Bảng</translation>
        </message>
        <message>
            <source>&amp;Score</source>
            <translation>Chấm điể&amp;m</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Kết quả</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>Tệp dữ liệu: {store}</translation>
        </message>
        <message>
            <source>Create or choose a workshop first.</source>
            <translation>Vui lòng tạo hoặc chọn một hội thảo trước.</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Đang đọc {file}…</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Không thể nhập</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Chưa nhập được gì</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposal from {file}, updated {updated}.</source>
            <translation>
                <numerusform>Đã nhập %n đề xuất từ {file}, cập nhật {updated}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposals from {file}, updated {updated}.</source>
            <translation>
                <numerusform>Đã nhập %n đề xuất từ {file}, cập nhật {updated}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposal from {file}.</source>
            <translation>
                <numerusform>Đã nhập %n đề xuất từ {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposals from {file}.</source>
            <translation>
                <numerusform>Đã nhập %n đề xuất từ {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save an import template</source>
            <translation>Lưu mẫu nhập dữ liệu</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved the template to {path}.</source>
            <translation>Đã lưu mẫu vào {path}.</translation>
        </message>
        <message>
            <source>Open a Roadmap Desktop store</source>
            <translation>Mở tệp dữ liệu Roadmap Desktop</translation>
        </message>
        <message>
            <source>This window cannot open other stores.</source>
            <translation>Cửa sổ này không thể mở tệp dữ liệu khác.</translation>
        </message>
        <message>
            <source>Cannot open the store</source>
            <translation>Không thể mở tệp dữ liệu</translation>
        </message>
        <message>
            <source>No workshop yet</source>
            <translation>Chưa có hội thảo nào</translation>
        </message>
        <message>
            <source>Create one with File ▸ New workshop… (Ctrl+Shift+N).</source>
            <translation>Hãy tạo một hội thảo bằng Tệp ▸ Hội thảo mới… (Ctrl+Shift+N).</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n director voting</source>
            <translation>
                <numerusform>%n giám đốc bỏ phiếu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n directors voting</source>
            <translation>
                <numerusform>%n giám đốc bỏ phiếu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n vòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n vòng</numerusform>
            </translation>
        </message>
        <message>
            <source>round {number} revealed</source>
            <translation>đã công bố vòng {number}</translation>
        </message>
        <message>
            <source>Could not show the latest change: {problem}</source>
            <translation>Không thể hiển thị thay đổi mới nhất: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Problem on this page</source>
            <translation>Vấn đề trên trang này</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopWizard</name>
        <message>
            <source>New workshop</source>
            <translation>Hội thảo mới</translation>
        </message>
        <message>
            <source>&amp;Create workshop</source>
            <translation>&amp;Tạo hội thảo</translation>
        </message>
        <message>
            <source>Change the model's language</source>
            <translation>Đổi ngôn ngữ của mô hình</translation>
        </message>
        <message>
            <source>The domains, categories, criteria and lanes will be written again in {language}, and your changes to them will be lost. Change the language?</source>
            <translation>Các lĩnh vực, hạng mục, tiêu chí và cột sẽ được viết lại bằng {language}, và những thay đổi đã làm sẽ bị mất. Đổi ngôn ngữ?</translation>
        </message>
        <message>
            <source>{page}: {problem}</source>
            <translation>{page}: {problem}</translation>
        </message>
        <message>
            <source>The workshop was not created: {reason}</source>
            <translation>Chưa tạo được hội thảo: {reason}</translation>
        </message>
    </context>
    <context>
        <name>NoteCommand</name>
        <message>
            <source>Add a note to {card}</source>
            <translation>Thêm ghi chú cho {card}</translation>
        </message>
    </context>
    <context>
        <name>OpenRoundDialog</name>
        <message>
            <source>Open a round</source>
            <translation>Mở một vòng</translation>
        </message>
        <message>
            <source>&amp;All proposals</source>
            <translation>&amp;Tất cả đề xuất</translation>
        </message>
        <message>
            <source>The current &amp;lane: {lane} ({count})</source>
            <translation>&amp;Cột hiện tại: {lane} ({count})</translation>
        </message>
        <message>
            <source>The current &amp;lane</source>
            <translation>&amp;Cột hiện tại</translation>
        </message>
        <message>
            <source>The &amp;selected cards ({count})</source>
            <translation>Các thẻ đã chọ&amp;n ({count})</translation>
        </message>
        <message>
            <source>Score each &amp;criterion</source>
            <translation>Chấm điểm từn&amp;g tiêu chí</translation>
        </message>
        <message>
            <source>&amp;Dot voting</source>
            <translation>&amp;Bỏ phiếu bằng chấm</translation>
        </message>
        <message>
            <source> dots each</source>
            <extracomment>After the number in a spin box: "5 dots each".</extracomment>
            <translation> chấm mỗi người</translation>
        </message>
        <message>
            <source>Dots per director</source>
            <translation>Số chấm mỗi giám đốc</translation>
        </message>
        <message>
            <source>No timer</source>
            <translation>Không hẹn giờ</translation>
        </message>
        <message>
            <source> min</source>
            <extracomment>After the number in a spin box: "10 min".</extracomment>
            <translation> phút</translation>
        </message>
        <message>
            <source>Timer in minutes (0: no timer)</source>
            <translation>Hẹn giờ tính bằng phút (0: không hẹn giờ)</translation>
        </message>
        <message>
            <source>Proposals:</source>
            <translation>Đề xuất:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Cách thức:</translation>
        </message>
        <message>
            <source>&amp;Timer:</source>
            <translation>&amp;Hẹn giờ:</translation>
        </message>
        <message>
            <source>Open round</source>
            <translation>Mở vòng</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>Người tham gia</translation>
        </message>
        <message>
            <source>Who takes part: directors score the proposals, the facilitator runs the laptop and observers watch. Paste a list from a spreadsheet with “Paste list…”.</source>
            <translation>Những người tham gia: giám đốc chấm điểm các đề xuất, người điều phối vận hành máy tính xách tay và người quan sát theo dõi. Dán danh sách từ bảng tính bằng “Dán danh sách…”.</translation>
        </message>
        <message>
            <source>&amp;Paste list…</source>
            <translation>&amp;Dán danh sách…</translation>
        </message>
        <message>
            <source>Paste a list of participants, one per line</source>
            <translation>Dán danh sách người tham gia, mỗi người một dòng</translation>
        </message>
        <message>
            <source>Add at least one director: directors are the ones who score.</source>
            <translation>Hãy thêm ít nhất một giám đốc: giám đốc là người chấm điểm.</translation>
        </message>
    </context>
    <context>
        <name>PasteParticipantsDialog</name>
        <message>
            <source>Paste participants</source>
            <translation>Dán người tham gia</translation>
        </message>
        <message>
            <source>One participant per line: &lt;b&gt;Name, role, department&lt;/b&gt;. The role is director, facilitator or observer (director if left out). Cells copied from a spreadsheet work too.</source>
            <translation>Mỗi dòng một người tham gia: &lt;b&gt;Tên, vai trò, phòng ban&lt;/b&gt;. Vai trò là giám đốc, người điều phối hoặc người quan sát (mặc định là giám đốc nếu bỏ trống). Có thể dán các ô sao chép từ bảng tính.</translation>
        </message>
        <message>
            <source>Participants, one per line</source>
            <translation>Người tham gia, mỗi người một dòng</translation>
        </message>
        <message>
            <source>María José Hernández, director, Parks, Recreation and Neighborhood Services
Nguyễn Văn An, director, Transportation
Sam Lee, facilitator, City Manager's Office</source>
            <translation>María José Hernández, giám đốc, Sở Công viên, Giải trí và Dịch vụ Khu phố
Nguyễn Văn An, giám đốc, Sở Giao thông
Sam Lee, người điều phối, Văn phòng Quản đốc Thành phố</translation>
        </message>
        <message>
            <source>&amp;Add participants</source>
            <translation>&amp;Thêm người tham gia</translation>
        </message>
        <message>
            <source>Paste at least one line with a name.</source>
            <translation>Vui lòng dán ít nhất một dòng có tên.</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoting</name>
        <message>
            <source>Open a round first: phones vote in the open round.</source>
            <translation>Hãy mở một vòng trước: điện thoại bỏ phiếu trong vòng đang mở.</translation>
        </message>
        <message>
            <source>Voting to devices did not start: {problem}</source>
            <translation>Không bắt đầu được bỏ phiếu trên thiết bị: {problem}</translation>
        </message>
        <message>
            <source>Phones can vote in round {number}: they join at {address}</source>
            <translation>Điện thoại có thể bỏ phiếu trong vòng {number}: tham gia tại {address}</translation>
        </message>
        <message>
            <source>Voting to devices is off.</source>
            <translation>Bỏ phiếu trên thiết bị đã tắt.</translation>
        </message>
        <message>
            <source>The round closed: phones can no longer vote.</source>
            <translation>Vòng đã đóng: điện thoại không thể bỏ phiếu nữa.</translation>
        </message>
    </context>
    <context>
        <name>PresenterCounts</name>
        <message numerus="yes">
            <source>{done} of %n director(s) done</source>
            <translation>
                <numerusform>{done}/%n giám đốc đã xong</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place your %n dot(s) on the proposals you back most</source>
            <translation>
                <numerusform>Hãy đặt %n chấm vào những đề xuất quý vị ủng hộ nhất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more</source>
            <extracomment>Below the last card a lane has room for: "+ 12 more".</extracomment>
            <translation>
                <numerusform>+ %n thẻ nữa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n phiếu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>dashed line: the roadmap's %n</source>
            <extracomment>The ranking's key: the dashed line under the roadmap's last proposal.</extracomment>
            <translation>
                <numerusform>đường nét đứt: %n đề xuất của lộ trình</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresenterMenu</name>
        <message>
            <source>P&amp;resenter</source>
            <translation>Màn hình &amp;phòng họp</translation>
        </message>
        <message>
            <source>&amp;Board, fitted</source>
            <translation>&amp;Bảng, vừa khung</translation>
        </message>
        <message>
            <source>&amp;Roadmap lane alone</source>
            <translation>Chỉ cột &amp;Lộ trình</translation>
        </message>
        <message>
            <source>&amp;Voting</source>
            <translation>Bỏ &amp;phiếu</translation>
        </message>
        <message>
            <source>R&amp;eveal</source>
            <translation>&amp;Công bố</translation>
        </message>
        <message>
            <source>&amp;Proposal (the selected card)</source>
            <translation>Đề &amp;xuất (thẻ đang chọn)</translation>
        </message>
        <message>
            <source>Show the room the board (key {key})</source>
            <translation>Cho phòng họp xem bảng (phím {key})</translation>
        </message>
        <message>
            <source>Show the room the roadmap lane (key {key})</source>
            <translation>Cho phòng họp xem cột lộ trình (phím {key})</translation>
        </message>
        <message>
            <source>Show the room the voting (key {key})</source>
            <translation>Cho phòng họp xem phần bỏ phiếu (phím {key})</translation>
        </message>
        <message>
            <source>Show the room the reveal (key {key})</source>
            <translation>Cho phòng họp xem phần công bố (phím {key})</translation>
        </message>
        <message>
            <source>Show the room the selected proposal (key {key})</source>
            <translation>Cho phòng họp xem đề xuất đang chọn (phím {key})</translation>
        </message>
        <message>
            <source>Reveal from the &amp;top</source>
            <translation>Công bố từ &amp;trên xuống</translation>
        </message>
        <message>
            <source>Reveal the ranking from rank 1 down (else from the bottom up)</source>
            <translation>Công bố xếp hạng từ hạng 1 trở xuống (nếu không thì từ dưới lên)</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>Bước tiếp th&amp;eo</translation>
        </message>
        <message>
            <source>Pre&amp;vious step</source>
            <translation>Bước t&amp;rước</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Board</source>
            <translation>Bảng</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Lộ trình</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Bỏ phiếu</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Công bố</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Presenter view</source>
            <translation>Màn hình phòng họp</translation>
        </message>
        <message>
            <source>{workshop} — Presenter — {app}</source>
            <translation>{workshop} — Màn hình phòng họp — {app}</translation>
        </message>
        <message>
            <source>Presenter: {mode}</source>
            <translation>Màn hình phòng họp: {mode}</translation>
        </message>
        <message>
            <source>Reveal, step {step} of {steps}</source>
            <translation>Công bố, bước {step}/{steps}</translation>
        </message>
        <message>
            <source>Proposal {number} of {count}</source>
            <translation>Đề xuất {number}/{count}</translation>
        </message>
    </context>
    <context>
        <name>ProgressText</name>
        <message>
            <source>open</source>
            <comment>a round's status</comment>
            <translation>đang mở</translation>
        </message>
        <message>
            <source>closed</source>
            <comment>a round's status</comment>
            <translation>đã đóng</translation>
        </message>
        <message>
            <source>revealed</source>
            <comment>a round's status</comment>
            <translation>đã công bố</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a director's voting</comment>
            <translation>đã xong</translation>
        </message>
        <message>
            <source>partly</source>
            <comment>a director's voting</comment>
            <translation>làm dở</translation>
        </message>
        <message>
            <source>not started</source>
            <comment>a director's voting</comment>
            <translation>chưa bắt đầu</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <extracomment>The end of a list of names cut short: "Ana, Bao, Chen and 7 more".</extracomment>
            <translation>
                <numerusform>{names} và %n người khác</numerusform>
            </translation>
        </message>
        <message>
            <source>no directors</source>
            <translation>không có giám đốc</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n director(s) done</source>
            <translation>
                <numerusform>{done}/%n giám đốc đã xong</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} partly</source>
            <translation>{count} làm dở</translation>
        </message>
        <message>
            <source>{count} not started</source>
            <translation>{count} chưa bắt đầu</translation>
        </message>
        <message numerus="yes">
            <source>%n director(s) have not spent all their dots ({names}).</source>
            <translation>
                <numerusform>%n giám đốc chưa dùng hết số chấm ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) not given.</source>
            <translation>
                <numerusform>Còn %n chấm chưa dùng.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n director(s) have not finished ({names}).</source>
            <translation>
                <numerusform>%n giám đốc chưa xong ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) missing.</source>
            <translation>
                <numerusform>Còn thiếu %n mục.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close anyway?</source>
            <translation>Vẫn đóng?</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>Edit proposal</source>
            <translation>Sửa đề xuất</translation>
        </message>
        <message>
            <source>New proposal</source>
            <translation>Đề xuất mới</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <source>Sponsoring department</source>
            <translation>Phòng ban bảo trợ</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Hạng mục</translation>
        </message>
        <message>
            <source>Cost in dollars</source>
            <translation>Chi phí tính bằng đô la</translation>
        </message>
        <message>
            <source>e.g. 250,000</source>
            <extracomment>Keep the number as it is: the field reads a comma as a thousands separator.</extracomment>
            <translation>ví dụ 250,000</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Thời gian thực hiện</translation>
        </message>
        <message>
            <source>e.g. 12 months</source>
            <translation>ví dụ 12 tháng</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Under a budget</source>
            <translation>Theo ngân sách</translation>
        </message>
        <message>
            <source>No rule</source>
            <translation>Không có quy tắc</translation>
        </message>
        <message>
            <source>Must fund</source>
            <translation>Bắt buộc cấp vốn</translation>
        </message>
        <message>
            <source>Must not fund</source>
            <translation>Không được cấp vốn</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Tiêu đề</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>Tó&amp;m tắt</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>&amp;Phòng ban</translation>
        </message>
        <message>
            <source>Do&amp;main</source>
            <translation>&amp;Lĩnh vực</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Hạng mục</translation>
        </message>
        <message>
            <source>C&amp;ost ($)</source>
            <translation>Ch&amp;i phí ($)</translation>
        </message>
        <message>
            <source>Time&amp;frame</source>
            <translation>Thời &amp;gian thực hiện</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Cột</translation>
        </message>
        <message>
            <source>&amp;Under a budget</source>
            <translation>Theo &amp;ngân sách</translation>
        </message>
        <message>
            <source>Depe&amp;ndencies</source>
            <translation>Liên &amp;kết phụ thuộc</translation>
        </message>
        <message>
            <source>Not&amp;es</source>
            <translation>Ghi chú thả&amp;o luận</translation>
        </message>
        <message>
            <source>A proposal needs a title.</source>
            <translation>Đề xuất cần có tiêu đề.</translation>
        </message>
        <message>
            <source>The cost is a number of dollars, e.g. 250,000 (or leave it empty).</source>
            <translation>Chi phí là số tiền đô la, ví dụ 250,000 (hoặc để trống).</translation>
        </message>
    </context>
    <context>
        <name>ProposalLinks</name>
        <message>
            <source>Dependencies</source>
            <translation>Liên kết phụ thuộc</translation>
        </message>
        <message>
            <source>Kind of dependency</source>
            <translation>Loại phụ thuộc</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Cần</translation>
        </message>
        <message>
            <source>Excludes</source>
            <translation>Loại trừ</translation>
        </message>
        <message>
            <source>Other proposal</source>
            <translation>Đề xuất khác</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Bổ sung</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Saved at once; Edit ▸ Undo takes a change back.</source>
            <translation>Được lưu ngay; Chỉnh sửa ▸ Hoàn tác sẽ lấy lại một thay đổi.</translation>
        </message>
        <message>
            <source>(an archived proposal)</source>
            <translation>(một đề xuất đã lưu trữ)</translation>
        </message>
        <message>
            <source>Excludes: {title}</source>
            <translation>Loại trừ: {title}</translation>
        </message>
        <message>
            <source>Needs: {title}</source>
            <translation>Cần: {title}</translation>
        </message>
        <message>
            <source>Needed by: {title}</source>
            <translation>Là điều kiện của: {title}</translation>
        </message>
        <message>
            <source>No dependencies</source>
            <translation>Không có liên kết phụ thuộc</translation>
        </message>
        <message>
            <source>That dependency is already there.</source>
            <translation>Liên kết phụ thuộc này đã có.</translation>
        </message>
        <message>
            <source>Not added: {problem}</source>
            <translation>Chưa bổ sung: {problem}</translation>
        </message>
        <message>
            <source>Not removed: {problem}</source>
            <translation>Chưa xóa: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ProposalNotes</name>
        <message>
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Ghi chú mới</translation>
        </message>
        <message>
            <source>What was said; Enter adds it</source>
            <translation>Nội dung đã nói; nhấn Enter để thêm</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>Nêu bởi</translation>
        </message>
        <message>
            <source>a name, or leave empty</source>
            <translation>một cái tên, hoặc để trống</translation>
        </message>
        <message>
            <source>Raised &amp;by</source>
            <translation>Nê&amp;u bởi</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Thêm ghi chú</translation>
        </message>
        <message>
            <source>Remo&amp;ve note</source>
            <translation>Xó&amp;a ghi chú</translation>
        </message>
        <message>
            <source>Saved at once; Edit ▸ Undo takes it back.</source>
            <translation>Được lưu ngay; Sửa ▸ Hoàn tác để lấy lại.</translation>
        </message>
        <message>
            <source>{author} — {text} · {time}</source>
            <translation>{author} — {text} · {time}</translation>
        </message>
        <message>
            <source>{text} · {time}</source>
            <translation>{text} · {time}</translation>
        </message>
        <message>
            <source>The notes cannot be read: {problem}</source>
            <translation>Không đọc được các ghi chú: {problem}</translation>
        </message>
        <message>
            <source>No notes yet</source>
            <translation>Chưa có ghi chú</translation>
        </message>
        <message>
            <source>Not added: {problem}</source>
            <translation>Chưa thêm: {problem}</translation>
        </message>
        <message>
            <source>Not removed: {problem}</source>
            <translation>Chưa xóa: {problem}</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Chọn tất cả</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Tăng</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Giảm</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Tìm trong:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Tên tệp:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Loại tệp:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Thư mục:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chọn</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Tiến</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Thư mục cha</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Tạo thư mục mới</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Dạng danh sách</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Dạng chi tiết</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Thư mục mới</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Nơi gần đây</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Máy tính của tôi</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Hiện tệp ẩ&amp;n</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Đổi &amp;tên</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Kích thước</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ngày sửa đổi</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Hiện chi tiết...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ẩn chi tiết...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lưu tất cả</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Có cho &amp;tất cả</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Kh&amp;ông cho tất cả</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Loại bỏ</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Cắt</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Sao chép địa chỉ &amp;liên kết</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Quay lại</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Tiếp &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Hoàn tất</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tiếp tục</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Xác nhận</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Xong</translation>
        </message>
    </context>
    <context>
        <name>RankingModel</name>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Hạng mục</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>n</source>
            <extracomment>The column of how many directors scored a proposal (a statistician's "n").</extracomment>
            <translation>n</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Độ phân tán</translation>
        </message>
        <message>
            <source>Discuss</source>
            <translation>Cần thảo luận</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Lộ trình</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Bậc</translation>
        </message>
        <message>
            <source>discuss</source>
            <translation>cần thảo luận</translation>
        </message>
        <message>
            <source>tie</source>
            <translation>đồng hạng</translation>
        </message>
        <message>
            <source>Tier {number}</source>
            <translation>Bậc {number}</translation>
        </message>
        <message>
            <source>✓ tie</source>
            <extracomment>A proposal above the cut line that ties with one below it.</extracomment>
            <translation>✓ đồng hạng</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>trống</translation>
        </message>
        <message>
            <source>Shared by ties (1, 2, 2, 4); unscored proposals have no rank</source>
            <translation>Đồng hạng thì cùng hạng (1, 2, 2, 4); đề xuất chưa được chấm điểm thì không có hạng</translation>
        </message>
        <message>
            <source>Mean of the directors' weighted scores</source>
            <translation>Trung bình điểm có trọng số của các giám đốc</translation>
        </message>
        <message>
            <source>How many directors scored the proposal</source>
            <translation>Số giám đốc đã chấm điểm đề xuất</translation>
        </message>
        <message>
            <source>Population standard deviation of the directors' scores</source>
            <translation>Độ lệch chuẩn tổng thể của điểm các giám đốc</translation>
        </message>
        <message>
            <source>Spread above the workshop's threshold: the room is divided</source>
            <translation>Độ phân tán vượt ngưỡng của hội thảo: ý kiến trong phòng đang chia rẽ</translation>
        </message>
        <message>
            <source>✓ above the cut line; tie: shares a rank with the last place above it</source>
            <translation>✓ trên ngưỡng chọn; đồng hạng: cùng hạng với vị trí cuối cùng trên ngưỡng</translation>
        </message>
        <message>
            <source>Tier by score: tier 1 at or above the first threshold, tier 2 at or above the second, tier 3 the rest</source>
            <translation>Bậc theo điểm: bậc 1 từ ngưỡng thứ nhất trở lên, bậc 2 từ ngưỡng thứ hai trở lên, bậc 3 là phần còn lại</translation>
        </message>
        <message>
            <source>Mean of {criterion} scores</source>
            <translation>Trung bình điểm {criterion}</translation>
        </message>
        <message>
            <source>The directors' scores are spread widely: discuss before deciding</source>
            <translation>Điểm của các giám đốc rất phân tán: hãy thảo luận trước khi quyết định</translation>
        </message>
        <message>
            <source>Shares a rank with the last place above the cut line: settle the tie</source>
            <translation>Cùng hạng với vị trí cuối cùng trên ngưỡng chọn: hãy giải quyết việc đồng hạng</translation>
        </message>
        <message>
            <source>Above the cut line</source>
            <translation>Trên ngưỡng chọn</translation>
        </message>
    </context>
    <context>
        <name>RemoveNoteCommand</name>
        <message>
            <source>Remove a note from {card}</source>
            <translation>Xóa một ghi chú của {card}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Backups are taken when the store opens, after each round is closed or revealed, before an import or a removal, and every 15 minutes while you work. Restoring over this store first sets the current one aside, and Edit ▸ Undo brings it back.</source>
            <translation>Bản sao lưu được tạo khi mở tệp dữ liệu, sau khi mỗi vòng kết thúc hoặc được công bố, trước khi nhập hoặc xóa, và cứ 15 phút một lần trong lúc làm việc. Khôi phục đè lên tệp dữ liệu này sẽ để riêng tệp hiện tại trước, và Chỉnh sửa ▸ Hoàn tác sẽ lấy lại tệp đó.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Bản sao lưu, mới nhất trước</translation>
        </message>
        <message>
            <source>This store has no backups yet: the first is taken when a round closes, or 15 minutes into the work.</source>
            <translation>Tệp dữ liệu này chưa có bản sao lưu nào: bản đầu tiên được tạo khi một vòng kết thúc, hoặc sau 15 phút làm việc.</translation>
        </message>
        <message>
            <source>Restore over this store</source>
            <translation>Khôi phục đè lên tệp dữ liệu này</translation>
        </message>
        <message>
            <source>Open as a new store…</source>
            <translation>Mở thành tệp dữ liệu mới…</translation>
        </message>
        <message>
            <source>no workshop</source>
            <translation>không có hội thảo</translation>
        </message>
        <message>
            <source>cannot be used: {problem}</source>
            <translation>không dùng được: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Results appear when a round is revealed</source>
            <translation>Kết quả sẽ hiện ra khi một vòng được công bố</translation>
        </message>
        <message>
            <source>No results</source>
            <translation>Chưa có kết quả</translation>
        </message>
        <message>
            <source>Revealed round</source>
            <translation>Vòng đã công bố</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Vòng</translation>
        </message>
        <message>
            <source>C&amp;ompare rounds…</source>
            <translation>So sán&amp;h các vòng…</translation>
        </message>
        <message>
            <source>Compare rounds</source>
            <translation>So sánh các vòng</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Xuất &amp;CSV…</translation>
        </message>
        <message>
            <source>Export results as CSV</source>
            <translation>Xuất kết quả ra tệp CSV</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Xuất &amp;XLSX…</translation>
        </message>
        <message>
            <source>Export results as an Excel workbook</source>
            <translation>Xuất kết quả ra sổ làm việc Excel</translation>
        </message>
        <message>
            <source>Sort the ranking by</source>
            <translation>Sắp xếp bảng xếp hạng theo</translation>
        </message>
        <message>
            <source>&amp;Sort by</source>
            <translation>Sắp xếp th&amp;eo</translation>
        </message>
        <message>
            <source>Top &amp;N</source>
            <translation>&amp;N đứng đầu</translation>
        </message>
        <message>
            <source>Cut line: top N overall</source>
            <translation>Ngưỡng chọn: N đề xuất đứng đầu chung</translation>
        </message>
        <message>
            <source>How many proposals make the cut</source>
            <translation>Số đề xuất vượt ngưỡng chọn</translation>
        </message>
        <message>
            <source>By category &amp;quotas</source>
            <translation>The&amp;o hạn mức hạng mục</translation>
        </message>
        <message>
            <source>Cut line: top proposals per category quota</source>
            <translation>Ngưỡng chọn: các đề xuất đứng đầu theo hạn mức của từng hạng mục</translation>
        </message>
        <message>
            <source>T&amp;iers:</source>
            <translation>&amp;Bậc:</translation>
        </message>
        <message>
            <source>Show tiers by score threshold</source>
            <translation>Hiển thị bậc theo ngưỡng điểm</translation>
        </message>
        <message>
            <source>Tier 1 from score</source>
            <translation>Bậc 1 từ mức điểm</translation>
        </message>
        <message>
            <source>Tier 2 from score</source>
            <translation>Bậc 2 từ mức điểm</translation>
        </message>
        <message>
            <source>&amp;Apply to board…</source>
            <translation>Á&amp;p dụng vào bảng…</translation>
        </message>
        <message>
            <source>Apply the cut line to the board</source>
            <translation>Áp dụng ngưỡng chọn vào bảng</translation>
        </message>
        <message>
            <source>Cut line:</source>
            <translation>Ngưỡng chọn:</translation>
        </message>
        <message>
            <source>Cut line summary</source>
            <translation>Tóm tắt ngưỡng chọn</translation>
        </message>
        <message>
            <source>Ties at the cut line</source>
            <translation>Đồng hạng tại ngưỡng chọn</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Xếp hạng</translation>
        </message>
        <message>
            <source>Most divided proposals</source>
            <translation>Các đề xuất có ý kiến chia rẽ nhất</translation>
        </message>
        <message>
            <source>Most &amp;divided</source>
            <translation>Chia &amp;rẽ nhất</translation>
        </message>
        <message>
            <source>Between rounds</source>
            <translation>Giữa các vòng</translation>
        </message>
        <message>
            <source>Results views</source>
            <translation>Các chế độ xem kết quả</translation>
        </message>
        <message>
            <source>Ta&amp;ble</source>
            <translation>Bản&amp;g</translation>
        </message>
        <message>
            <source>Char&amp;ts</source>
            <translation>Biể&amp;u đồ</translation>
        </message>
        <message>
            <source>A&amp;greement</source>
            <translation>Đồng &amp;thuận</translation>
        </message>
        <message>
            <source>What-if w&amp;eights</source>
            <translation>Trọng số g&amp;iả định</translation>
        </message>
        <message>
            <source>B&amp;udget</source>
            <translation>Ngân &amp;sách</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Kịch bản</translation>
        </message>
        <message>
            <source>Choose a workshop to see its results</source>
            <translation>Hãy chọn một hội thảo để xem kết quả</translation>
        </message>
        <message>
            <source>By category &amp;quotas ({quotas})</source>
            <translation>The&amp;o hạn mức hạng mục ({quotas})</translation>
        </message>
        <message>
            <source>How each proposal's rank and score moved between two revealed rounds, largest change first.</source>
            <translation>Hạng và điểm của từng đề xuất đã thay đổi thế nào giữa hai vòng đã công bố, thay đổi lớn nhất trước.</translation>
        </message>
        <message>
            <source>A second revealed round lets you compare how ranks and scores moved.</source>
            <translation>Khi có vòng thứ hai được công bố, có thể so sánh hạng và điểm đã thay đổi thế nào.</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Vòng {number}</translation>
        </message>
        <message>
            <source>{category} {chosen} of {quota}</source>
            <translation>{category}: {chosen} trên {quota}</translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: %n proposal makes the cut by category quotas: {quotas}.</source>
            <translation>
                <numerusform>Vòng {round}: %n đề xuất vượt ngưỡng chọn theo hạn mức hạng mục: {quotas}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: %n proposals make the cut by category quotas: {quotas}.</source>
            <translation>
                <numerusform>Vòng {round}: %n đề xuất vượt ngưỡng chọn theo hạn mức hạng mục: {quotas}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: the top %n of {scored} scored proposals make the cut (only {scored} are scored; the limit is {top}).</source>
            <translation>
                <numerusform>Vòng {round}: %n đề xuất đứng đầu trong số {scored} đề xuất đã chấm điểm vượt ngưỡng chọn (chỉ có {scored} đề xuất được chấm điểm; giới hạn là {top}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: the top %n of {scored} scored proposals make the cut.</source>
            <translation>
                <numerusform>Vòng {round}: %n đề xuất đứng đầu trong số {scored} đề xuất đã chấm điểm vượt ngưỡng chọn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals tie at the cut line: settle the tie before the roadmap is final.</source>
            <translation>
                <numerusform>%n đề xuất đồng hạng tại ngưỡng chọn: hãy giải quyết việc đồng hạng trước khi chốt lộ trình.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tied: {titles}</source>
            <translation>Đồng hạng: {titles}</translation>
        </message>
        <message>
            <source>No proposal is above the cut line.</source>
            <translation>Không có đề xuất nào trên ngưỡng chọn.</translation>
        </message>
        <message>
            <source>This workshop has no Roadmap lane to apply the cut line to.</source>
            <translation>Hội thảo này không có cột Lộ trình để áp dụng ngưỡng chọn.</translation>
        </message>
        <message>
            <source>Move the proposal above the cut line into the {lane} lane?</source>
            <translation>Chuyển đề xuất trên ngưỡng chọn vào cột {lane}?</translation>
        </message>
        <message numerus="yes">
            <source>Move the %n proposals above the cut line into the {lane} lane, in rank order? {moving} of them are in other lanes now.</source>
            <translation>
                <numerusform>Chuyển %n đề xuất trên ngưỡng chọn vào cột {lane} theo thứ tự xếp hạng? Hiện có {moving} đề xuất trong số đó đang ở các cột khác.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals tie at the cut line; those below it stay where they are.</source>
            <translation>
                <numerusform>%n đề xuất đồng hạng tại ngưỡng chọn; các đề xuất nằm dưới ngưỡng vẫn giữ nguyên vị trí.</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply the cut line</source>
            <translation>Áp dụng ngưỡng chọn</translation>
        </message>
        <message>
            <source>The proposals the directors disagree on most. Spread is the standard deviation of their scores; above {threshold} a proposal is marked “discuss”. Activate one to find it in the table.</source>
            <translation>Các đề xuất mà các giám đốc bất đồng nhiều nhất. Độ phân tán là độ lệch chuẩn của điểm họ chấm; trên {threshold} thì đề xuất được đánh dấu “cần thảo luận”. Chọn một đề xuất để tìm nó trong bảng.</translation>
        </message>
        <message>
            <source>The proposals the directors disagree on most. Spread is the standard deviation of their scores. Activate one to find it in the table.</source>
            <translation>Các đề xuất mà các giám đốc bất đồng nhiều nhất. Độ phân tán là độ lệch chuẩn của điểm họ chấm. Chọn một đề xuất để tìm nó trong bảng.</translation>
        </message>
        <message>
            <source>No proposal has two or more scores yet.</source>
            <translation>Chưa có đề xuất nào có từ hai điểm trở lên.</translation>
        </message>
        <message>
            <source>Compare needs two revealed rounds.</source>
            <translation>Cần có hai vòng đã công bố để so sánh.</translation>
        </message>
        <message>
            <source>{workshop}-round-{number}-results</source>
            <extracomment>A file name: keep it lower case, with dashes and no spaces.</extracomment>
            <translation>{workshop}-vong-{number}-ket-qua</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export results as Excel</source>
            <translation>Xuất kết quả ra Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Sổ làm việc Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot export the results</source>
            <translation>Không thể xuất kết quả</translation>
        </message>
        <message>
            <source>Saved round {number}'s results to {path}.</source>
            <translation>Đã lưu kết quả vòng {number} vào {path}.</translation>
        </message>
    </context>
    <context>
        <name>RoundBar</name>
        <message>
            <source>Round</source>
            <translation>Vòng</translation>
        </message>
        <message>
            <source>Round status</source>
            <translation>Trạng thái vòng</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Thời gian còn lại</translation>
        </message>
        <message>
            <source>&amp;Open round…</source>
            <translation>&amp;Mở vòng…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Mở &amp;lại</translation>
        </message>
        <message>
            <source>Re&amp;veal…</source>
            <translation>&amp;Công bố…</translation>
        </message>
        <message>
            <source>&amp;Timer…</source>
            <translation>&amp;Hẹn giờ…</translation>
        </message>
        <message>
            <source>Show the results to everyone (cannot be undone)</source>
            <translation>Hiện kết quả cho mọi người (không thể hoàn tác)</translation>
        </message>
        <message>
            <source>Close the round before revealing it</source>
            <translation>Hãy đóng vòng trước khi công bố</translation>
        </message>
        <message>
            <source>No workshop</source>
            <translation>Không có hội thảo</translation>
        </message>
        <message>
            <source>No round yet · open one to start scoring</source>
            <translation>Chưa có vòng nào · hãy mở một vòng để bắt đầu chấm điểm</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Vòng {number}</translation>
        </message>
        <message numerus="yes">
            <source>dots (%n each)</source>
            <translation>
                <numerusform>chấm (%n mỗi người)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message>
            <source>Time left: {time}</source>
            <translation>Thời gian còn lại: {time}</translation>
        </message>
        <message>
            <source>Round {number} is still open; close it first.</source>
            <translation>Vòng {number} vẫn đang mở; hãy đóng vòng trước.</translation>
        </message>
        <message>
            <source>No round opened: {problem}</source>
            <translation>Không mở được vòng: {problem}</translation>
        </message>
        <message>
            <source>Round {number} is open.</source>
            <translation>Vòng {number} đang mở.</translation>
        </message>
        <message>
            <source>Could not count the missing entries: {problem}. Close anyway?</source>
            <translation>Không đếm được các mục còn thiếu: {problem}. Vẫn đóng?</translation>
        </message>
        <message>
            <source>Close round {number}?</source>
            <translation>Đóng vòng {number}?</translation>
        </message>
        <message>
            <source>Close round {number}</source>
            <translation>Đóng vòng {number}</translation>
        </message>
        <message>
            <source>Could not close round {number}: {problem}</source>
            <translation>Không đóng được vòng {number}: {problem}</translation>
        </message>
        <message>
            <source>Round {number} is closed.</source>
            <translation>Vòng {number} đã đóng.</translation>
        </message>
        <message>
            <source>Reopen round {number}</source>
            <translation>Mở lại vòng {number}</translation>
        </message>
        <message>
            <source>Could not reopen round {number}: {problem}</source>
            <translation>Không mở lại được vòng {number}: {problem}</translation>
        </message>
        <message>
            <source>Reveal round {number}?</source>
            <translation>Công bố vòng {number}?</translation>
        </message>
        <message>
            <source>Everyone will see the results of round {number}. A reveal cannot be undone: its entries can no longer change.</source>
            <translation>Mọi người sẽ thấy kết quả của vòng {number}. Không thể hoàn tác việc công bố: các mục đã nhập của vòng sẽ không thể thay đổi nữa.</translation>
        </message>
        <message>
            <source>Not revealed: {problem}</source>
            <translation>Chưa công bố: {problem}</translation>
        </message>
        <message>
            <source>Round {number} is revealed.</source>
            <translation>Vòng {number} đã được công bố.</translation>
        </message>
        <message>
            <source>Timer for round {number}</source>
            <translation>Hẹn giờ cho vòng {number}</translation>
        </message>
        <message>
            <source>Minutes from now (0: no timer):</source>
            <translation>Số phút kể từ bây giờ (0: không hẹn giờ):</translation>
        </message>
        <message>
            <source>Timer not set: {problem}</source>
            <translation>Chưa đặt được hẹn giờ: {problem}</translation>
        </message>
        <message>
            <source>Set the timer of round {number}</source>
            <translation>Đặt hẹn giờ cho vòng {number}</translation>
        </message>
        <message>
            <source>Stop the timer of round {number}</source>
            <translation>Dừng hẹn giờ của vòng {number}</translation>
        </message>
        <message numerus="yes">
            <source>Round {number} ends in %n minute(s).</source>
            <translation>
                <numerusform>Vòng {number} kết thúc sau %n phút.</numerusform>
            </translation>
        </message>
        <message>
            <source>Timer removed.</source>
            <translation>Đã bỏ hẹn giờ.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCommand</name>
        <message>
            <source>Save scenario {name}</source>
            <translation>Lưu kịch bản {name}</translation>
        </message>
        <message>
            <source>Rename scenario {old} to {new}</source>
            <translation>Đổi tên kịch bản {old} thành {new}</translation>
        </message>
        <message>
            <source>Delete scenario {name}</source>
            <translation>Xóa kịch bản {name}</translation>
        </message>
        <message>
            <source>Use {name} in the packet</source>
            <translation>Dùng {name} trong hồ sơ</translation>
        </message>
        <message>
            <source>Compare {name} in the packet</source>
            <translation>So sánh {name} trong hồ sơ</translation>
        </message>
        <message>
            <source>Leave {name} out of the packet</source>
            <translation>Bỏ {name} khỏi hồ sơ</translation>
        </message>
        <message>
            <source>The scenario was not saved: {problem}</source>
            <translation>Chưa lưu kịch bản: {problem}</translation>
        </message>
        <message>
            <source>The scenario was not renamed: {problem}</source>
            <translation>Chưa đổi tên kịch bản: {problem}</translation>
        </message>
        <message>
            <source>The scenario was not deleted: {problem}</source>
            <translation>Chưa xóa kịch bản: {problem}</translation>
        </message>
        <message>
            <source>The packet was not changed: {problem}</source>
            <translation>Chưa thay đổi hồ sơ: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ScenariosView</name>
        <message>
            <source>Scenarios</source>
            <translation>Kịch bản</translation>
        </message>
        <message>
            <source>Save what the Results tab shows (the what-if weights, the cut line or the budget) as a named scenario, and compare two side by side. A scenario changes nothing on the board.</source>
            <translation>Lưu những gì thẻ Kết quả đang hiển thị (trọng số giả định, ngưỡng chọn hoặc ngân sách) thành một kịch bản có tên, và so sánh hai kịch bản cạnh nhau. Kịch bản không thay đổi gì trên bảng.</translation>
        </message>
        <message>
            <source>Saved scenarios</source>
            <translation>Các kịch bản đã lưu</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Kịch bản</translation>
        </message>
        <message>
            <source>Cut rule</source>
            <translation>Quy tắc chọn</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Trọng số</translation>
        </message>
        <message>
            <source>Packet</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Cut rule of a scenario saved now</source>
            <translation>Quy tắc chọn của kịch bản được lưu bây giờ</translation>
        </message>
        <message>
            <source>The cut line as drawn</source>
            <translation>Ngưỡng chọn như đang vẽ</translation>
        </message>
        <message>
            <source>The best roadmap under the budget</source>
            <translation>Lộ trình tốt nhất trong ngân sách</translation>
        </message>
        <message>
            <source>Save &amp;with</source>
            <translation>&amp;Lưu với</translation>
        </message>
        <message>
            <source>Sa&amp;ve current as…</source>
            <translation>Lưu &amp;hiện tại thành…</translation>
        </message>
        <message>
            <source>Save the current settings as a scenario</source>
            <translation>Lưu thiết lập hiện tại thành một kịch bản</translation>
        </message>
        <message>
            <source>Rena&amp;me…</source>
            <translation>Đổi tên…</translation>
        </message>
        <message>
            <source>Rename the scenario</source>
            <translation>Đổi tên kịch bản</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Xó&amp;a</translation>
        </message>
        <message>
            <source>Delete the scenario</source>
            <translation>Xóa kịch bản</translation>
        </message>
        <message>
            <source>Use in the pac&amp;ket</source>
            <translation>&amp;Dùng trong hồ sơ</translation>
        </message>
        <message>
            <source>The packet prints this scenario after the roadmap (one scenario at most)</source>
            <translation>Hồ sơ in kịch bản này sau lộ trình (tối đa một kịch bản)</translation>
        </message>
        <message>
            <source>Com&amp;pare in the packet</source>
            <translation>So sánh t&amp;rong hồ sơ</translation>
        </message>
        <message>
            <source>The packet's appendix compares this scenario with the one it uses</source>
            <translation>Phụ lục của hồ sơ so sánh kịch bản này với kịch bản được dùng</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Cạnh nhau</translation>
        </message>
        <message>
            <source>First scenario to compare</source>
            <translation>Kịch bản thứ nhất để so sánh</translation>
        </message>
        <message>
            <source>Second scenario to compare</source>
            <translation>Kịch bản thứ hai để so sánh</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Các kịch bản được so sánh</translation>
        </message>
        <message>
            <source>Category quotas</source>
            <translation>Chỉ tiêu theo hạng mục</translation>
        </message>
        <message>
            <source>Budget (the workshop's)</source>
            <translation>Ngân sách (của hội thảo)</translation>
        </message>
        <message>
            <source>Budget {amount}</source>
            <translation>Ngân sách {amount}</translation>
        </message>
        <message>
            <source>Top N (the Roadmap lane's)</source>
            <translation>N đứng đầu (theo cột Lộ trình)</translation>
        </message>
        <message>
            <source>Top {n}</source>
            <translation>{n} đứng đầu</translation>
        </message>
        <message>
            <source>The workshop's own</source>
            <translation>Của hội thảo</translation>
        </message>
        <message>
            <source>funding marks: {n}</source>
            <translation>đánh dấu cấp vốn: {n}</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Được dùng</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>So sánh</translation>
        </message>
        <message>
            <source>Scenario {n}</source>
            <translation>Kịch bản {n}</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Lưu kịch bản</translation>
        </message>
        <message>
            <source>Name of the scenario:</source>
            <translation>Tên kịch bản:</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>Đổi tên kịch bản</translation>
        </message>
        <message>
            <source>New name of the scenario:</source>
            <translation>Tên mới của kịch bản:</translation>
        </message>
        <message>
            <source>Deleted the scenario “{name}”; Edit ▸ Undo brings it back.</source>
            <translation>Đã xóa kịch bản “{name}”; Chỉnh sửa ▸ Hoàn tác sẽ khôi phục kịch bản.</translation>
        </message>
        <message>
            <source>Current settings</source>
            <translation>Thiết lập hiện tại</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Scenarios are compared on a revealed round.</source>
            <translation>Các kịch bản được so sánh trên một vòng đã công bố.</translation>
        </message>
        <message>
            <source>Both select the same proposals.</source>
            <translation>Cả hai kịch bản chọn cùng các đề xuất.</translation>
        </message>
        <message>
            <source>In bold: the proposals only one of the two selects ({a} only in A, {b} only in B).</source>
            <translation>In đậm: các đề xuất chỉ một trong hai kịch bản chọn ({a} chỉ có ở A, {b} chỉ có ở B).</translation>
        </message>
        <message>
            <source>{side} — {name}: {proposals}, cost {cost} ({missing} without a cost), total score {score}</source>
            <translation>{side} — {name}: {proposals}, chi phí {cost} ({missing} chưa có chi phí), tổng điểm {score}</translation>
        </message>
        <message>
            <source>{side} — {name}: {proposals}, cost {cost}, total score {score}</source>
            <translation>{side} — {name}: {proposals}, chi phí {cost}, tổng điểm {score}</translation>
        </message>
    </context>
    <context>
        <name>ScoreGridModel</name>
        <message>
            <source>missing</source>
            <comment>a cell</comment>
            <translation>còn thiếu</translation>
        </message>
        <message>
            <source>hidden</source>
            <comment>a cell</comment>
            <translation>đã ẩn</translation>
        </message>
        <message>
            <source>no dots</source>
            <comment>a cell</comment>
            <translation>không có chấm</translation>
        </message>
        <message>
            <source>{cell} missing</source>
            <translation>{cell} còn thiếu</translation>
        </message>
        <message>
            <source>{cell} entered</source>
            <translation>{cell} đã nhập</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n chấm</numerusform>
            </translation>
        </message>
        <message>
            <source>entered</source>
            <comment>a cell</comment>
            <translation>đã nhập</translation>
        </message>
        <message>
            <source>{name}, {low} to {high}</source>
            <extracomment>A column's header as a screen reader says it: "Important, 1 to 5".</extracomment>
            <translation>{name}, từ {low} đến {high}</translation>
        </message>
    </context>
    <context>
        <name>ScoreGridView</name>
        <message>
            <source>Score entry grid</source>
            <translation>Bảng nhập điểm</translation>
        </message>
        <message numerus="yes">
            <source>Not recorded: each director has %n dot(s); {typed} is not 0–{high}.</source>
            <translation>
                <numerusform>Chưa ghi nhận: mỗi giám đốc có %n chấm; {typed} không nằm trong khoảng 0–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not recorded: {criterion} is scored {low}–{high}; {typed} is outside.</source>
            <translation>Chưa ghi nhận: {criterion} được chấm từ {low}–{high}; {typed} nằm ngoài khoảng này.</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <source>Scoring</source>
            <translation>Chấm điểm</translation>
        </message>
        <message>
            <source>Enter the scores of</source>
            <translation>Nhập điểm của</translation>
        </message>
        <message>
            <source>One proposal</source>
            <translation>Một đề xuất</translation>
        </message>
        <message>
            <source>One participant</source>
            <translation>Một người tham gia</translation>
        </message>
        <message>
            <source>&amp;Enter:</source>
            <translation>&amp;Nhập:</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>&amp;Proposal:</source>
            <translation>Đề &amp;xuất:</translation>
        </message>
        <message>
            <source>&amp;Import paper ballots…</source>
            <translation>Nhập &amp;phiếu giấy…</translation>
        </message>
        <message>
            <source>Import paper ballots</source>
            <translation>Nhập phiếu giấy</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Các mục đã nhập</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Thông báo gần nhất</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Trước</translation>
        </message>
        <message>
            <source>Previous ({keys})</source>
            <translation>Trước ({keys})</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Tiếp</translation>
        </message>
        <message>
            <source>Next ({keys})</source>
            <translation>Tiếp ({keys})</translation>
        </message>
        <message>
            <source>A dot-voting round is entered one participant at a time</source>
            <translation>Vòng bỏ phiếu bằng chấm được nhập lần lượt từng người tham gia</translation>
        </message>
        <message>
            <source>Type one proposal's scores by participant, or one participant's by proposal</source>
            <translation>Nhập điểm của một đề xuất theo từng người tham gia, hoặc điểm của một người tham gia theo từng đề xuất</translation>
        </message>
        <message>
            <source>Scores from a CSV of participant, proposal, criterion, score, into the open round</source>
            <translation>Điểm từ tệp CSV gồm người tham gia, đề xuất, tiêu chí, điểm, vào vòng đang mở</translation>
        </message>
        <message>
            <source>&amp;Participant:</source>
            <translation>&amp;Người tham gia:</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Người tham gia</translation>
        </message>
        <message>
            <source>{name} (facilitator)</source>
            <translation>{name} (người điều phối)</translation>
        </message>
        <message>
            <source>{name} (facilitator, not counted)</source>
            <translation>{name} (người điều phối, không tính)</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Chấm</translation>
        </message>
        <message>
            <source>Dots on each proposal (0–{top})</source>
            <translation>Số chấm cho mỗi đề xuất (0–{top})</translation>
        </message>
        <message>
            <source>Open a round to start scoring.</source>
            <translation>Hãy mở một vòng để bắt đầu chấm điểm.</translation>
        </message>
        <message>
            <source>Round {number} is revealed; its entries can no longer change.</source>
            <translation>Vòng {number} đã được công bố; các mục đã nhập không thể thay đổi nữa.</translation>
        </message>
        <message>
            <source>Round {number} is closed; reopen it to change its entries.</source>
            <translation>Vòng {number} đã đóng; hãy mở lại để thay đổi các mục đã nhập.</translation>
        </message>
        <message>
            <source>Nothing to enter in this round.</source>
            <translation>Không có gì để nhập trong vòng này.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n dot(s) left of {total}</source>
            <translation>
                <numerusform>{name}: còn %n/{total} chấm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n entry(ies) in</source>
            <translation>
                <numerusform>Đã nhập đủ %n mục</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n entry(ies) missing</source>
            <translation>
                <numerusform>Còn thiếu {missing}/%n mục</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the entries: {problem}</source>
            <translation>Không đọc được các mục đã nhập: {problem}</translation>
        </message>
        <message>
            <source>Not recorded: {problem}</source>
            <translation>Chưa ghi nhận: {problem}</translation>
        </message>
        <message>
            <source>Score {criterion} for {person} on “{title}”</source>
            <translation>Chấm {criterion} của {person} cho “{title}”</translation>
        </message>
        <message>
            <source>Dots from {person} on “{title}”</source>
            <translation>Chấm của {person} cho “{title}”</translation>
        </message>
        <message>
            <source>Nothing to clear there.</source>
            <translation>Không có gì để xóa ở đó.</translation>
        </message>
        <message>
            <source>Not cleared: {problem}</source>
            <translation>Chưa xóa được: {problem}</translation>
        </message>
        <message>
            <source>Clear {criterion} for {person} on “{title}”</source>
            <translation>Xóa {criterion} của {person} cho “{title}”</translation>
        </message>
        <message>
            <source>Scores (*.csv *.tsv *.txt)</source>
            <translation>Điểm (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Choose a workshop first.</source>
            <translation>Hãy chọn một hội thảo trước.</translation>
        </message>
        <message>
            <source>Cannot import ballots</source>
            <translation>Không thể nhập phiếu</translation>
        </message>
        <message>
            <source>Paper ballots go into an open scoring round; open one first.</source>
            <translation>Phiếu giấy được nhập vào một vòng chấm điểm đang mở; hãy mở một vòng trước.</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Chưa nhập được gì</translation>
        </message>
        <message>
            <source>{file}: “{title}” is not in round {number}</source>
            <translation>{file}: “{title}” không thuộc vòng {number}</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n score(s) from {file} into round {number} ({new} new, {changed} changed); Undo takes the whole file back.</source>
            <translation>
                <numerusform>Đã nhập %n điểm từ {file} vào vòng {number} ({new} mới, {changed} thay đổi); Hoàn tác sẽ gỡ bỏ toàn bộ tệp.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n score(s) from {file} into round {number} ({new} new); Undo takes the whole file back.</source>
            <translation>
                <numerusform>Đã nhập %n điểm từ {file} vào vòng {number} ({new} mới); Hoàn tác sẽ gỡ bỏ toàn bộ tệp.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Could not undo “{step}”: {problem}</source>
            <translation>Không thể hoàn tác “{step}”: {problem}</translation>
        </message>
        <message>
            <source>Could not redo “{step}”: {problem}</source>
            <translation>Không thể làm lại “{step}”: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettleTieDialog</name>
        <message>
            <source>Settle the tie</source>
            <translation>Giải quyết đồng hạng</translation>
        </message>
        <message>
            <source>Put the tied proposals in the order the cabinet agreed, first at the top, and write why. The packet prints the order and the reason.</source>
            <translation>Xếp các đề xuất đồng hạng theo thứ tự ban đã thống nhất, đề xuất đứng đầu ở trên cùng, và ghi rõ lý do. Hồ sơ sẽ in thứ tự và lý do.</translation>
        </message>
        <message>
            <source>Order of the tied proposals</source>
            <translation>Thứ tự các đề xuất đồng hạng</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Chuyển &amp;lên</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Chuyển xuốn&amp;g</translation>
        </message>
        <message>
            <source>Reason for this order</source>
            <translation>Lý do của thứ tự này</translation>
        </message>
        <message>
            <source>e.g. Ready to start this year; the other waits on a grant.</source>
            <translation>Ví dụ: Sẵn sàng triển khai trong năm nay; đề xuất kia còn chờ nguồn tài trợ.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>Lý &amp;do</translation>
        </message>
        <message>
            <source>Settle</source>
            <translation>Giải quyết</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <source>Search commands and keys</source>
            <translation>Tìm lệnh và phím</translation>
        </message>
        <message>
            <source>Search keyboard shortcuts</source>
            <translation>Tìm phím tắt</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Trình đơn</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Lệnh</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Phím</translation>
        </message>
        <message>
            <source> or </source>
            <translation> hoặc </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n shortcut</source>
            <translation>
                <numerusform>{shown} / %n phím tắt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n shortcuts</source>
            <translation>
                <numerusform>{shown} / %n phím tắt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shortcut</source>
            <translation>
                <numerusform>%n phím tắt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shortcuts</source>
            <translation>
                <numerusform>%n phím tắt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpecTable</name>
        <message>
            <source>Arrow keys move between cells; type or press F2 to edit. Enter on a colour opens the colour chooser.</source>
            <translation>Dùng phím mũi tên để di chuyển giữa các ô; gõ hoặc nhấn F2 để sửa. Nhấn Enter trên một màu để mở hộp chọn màu.</translation>
        </message>
        <message>
            <source>Arrow keys move between cells; type or press F2 to edit.</source>
            <translation>Dùng phím mũi tên để di chuyển giữa các ô; gõ hoặc nhấn F2 để sửa.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Chuyển &amp;lên</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Chuyển xuốn&amp;g</translation>
        </message>
        <message>
            <source>Press Enter, double-click or use “Colour…” to choose.</source>
            <translation>Nhấn Enter, nhấp đúp hoặc dùng “Màu…” để chọn.</translation>
        </message>
        <message>
            <source>{column} of {row}</source>
            <extracomment>The accessible name of a cell's editor: "Quota of Pilot", "Name of domain 2".</extracomment>
            <translation>{column} của {row}</translation>
        </message>
        <message>
            <source>Colour of {name}</source>
            <translation>Màu của {name}</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Run a cabinet's priority-setting workshop on this laptop, offline. Start with the demo to look around, or set up your own workshop.</source>
            <translation>Tổ chức hội thảo xác định ưu tiên của ban trên máy tính xách tay này, không cần mạng. Hãy bắt đầu với bản trình diễn để xem qua, hoặc thiết lập hội thảo của riêng mình.</translation>
        </message>
        <message>
            <source>Open the &amp;demo workshop</source>
            <translation>Mở hội thảo &amp;trình diễn</translation>
        </message>
        <message>
            <source>The San José cabinet's 36 proposals, scored</source>
            <translation>36 đề xuất của ban San José, đã chấm điểm</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>Hội thảo &amp;mới…</translation>
        </message>
        <message>
            <source>Name it, choose the criteria, add the directors</source>
            <translation>Đặt tên, chọn tiêu chí, thêm giám đốc</translation>
        </message>
        <message>
            <source>&amp;Open a store…</source>
            <translation>Mở &amp;tệp dữ liệu…</translation>
        </message>
        <message>
            <source>A workshops file from another laptop or a backup</source>
            <translation>Tệp hội thảo từ máy tính khác hoặc một bản sao lưu</translation>
        </message>
        <message>
            <source>Open a store</source>
            <translation>Mở tệp dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>StoreActions</name>
        <message>
            <source>&amp;Save workshop as…</source>
            <translation>&amp;Lưu hội thảo thành…</translation>
        </message>
        <message>
            <source>Import &amp;workshop from file…</source>
            <translation>Nhập &amp;hội thảo từ tệp…</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Khôi phục từ &amp;bản sao lưu…</translation>
        </message>
        <message>
            <source>Choose a workshop to save first.</source>
            <translation>Vui lòng chọn hội thảo cần lưu trước.</translation>
        </message>
        <message>
            <source>Save workshop as</source>
            <translation>Lưu hội thảo thành</translation>
        </message>
        <message>
            <source>Cannot save the workshop</source>
            <translation>Không thể lưu hội thảo</translation>
        </message>
        <message>
            <source>Saved “{name}” to {file}: {proposals}, {rounds}.</source>
            <translation>Đã lưu “{name}” vào {file}: {proposals}, {rounds}.</translation>
        </message>
        <message>
            <source>Import workshop from file</source>
            <translation>Nhập hội thảo từ tệp</translation>
        </message>
        <message>
            <source>Imported “{original}” as “{name}” (a workshop named “{original}” is here already) from {file}: {proposals}, {rounds}.</source>
            <translation>Đã nhập “{original}” với tên “{name}” (đã có một hội thảo tên “{original}”) từ {file}: {proposals}, {rounds}.</translation>
        </message>
        <message>
            <source>Imported “{original}” from {file}: {proposals}, {rounds}.</source>
            <translation>Đã nhập “{original}” từ {file}: {proposals}, {rounds}.</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n vòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n vòng</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. The store as it was is kept in {file}. Edit ▸ Undo brings it back.</source>
            <translation>Đã khôi phục bản sao lưu lúc {when}. Tệp dữ liệu trước đó được giữ trong {file}. Chỉnh sửa ▸ Hoàn tác sẽ đưa nó trở lại.</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. Edit ▸ Undo brings it back.</source>
            <translation>Đã khôi phục bản sao lưu lúc {when}. Chỉnh sửa ▸ Hoàn tác sẽ đưa nó trở lại.</translation>
        </message>
        <message>
            <source>Cannot restore the backup</source>
            <translation>Không thể khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>Open the backup as a new store</source>
            <translation>Mở bản sao lưu thành tệp dữ liệu mới</translation>
        </message>
        <message>
            <source>Roadmap Desktop stores (*.sqlite)</source>
            <translation>Tệp dữ liệu Roadmap Desktop (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>StoreBanner</name>
        <message>
            <source>About this store</source>
            <translation>Về tệp dữ liệu này</translation>
        </message>
        <message>
            <source>This store is open read-only (its file or folder cannot be written). You can look, present and export; changes cannot be saved. To work on it, use File ▸ Save workshop as… or copy the file to a folder you can write to.</source>
            <translation>Tệp dữ liệu này đang mở ở chế độ chỉ đọc (không thể ghi vào tệp hoặc thư mục của nó). Vẫn có thể xem, trình chiếu và xuất; nhưng không lưu được thay đổi. Để làm việc trên tệp, hãy dùng Tệp ▸ Lưu hội thảo thành… hoặc sao chép tệp vào một thư mục có quyền ghi.</translation>
        </message>
        <message>
            <source>This store is open read-only (by its URL). You can look, present and export; changes cannot be saved. To work on it, use File ▸ Save workshop as… or copy the file to a folder you can write to.</source>
            <translation>Tệp dữ liệu này đang mở ở chế độ chỉ đọc (qua URL của nó). Vẫn có thể xem, trình chiếu và xuất; nhưng không lưu được thay đổi. Để làm việc trên tệp, hãy dùng Tệp ▸ Lưu hội thảo thành… hoặc sao chép tệp vào một thư mục có quyền ghi.</translation>
        </message>
        <message>
            <source>This store is also open in another Roadmap Desktop window (process {pid} on {host}). Both can work on it: a change made in either shows in the other within a second.</source>
            <translation>Tệp dữ liệu này cũng đang mở trong một cửa sổ Roadmap Desktop khác (tiến trình {pid} trên {host}). Cả hai đều có thể làm việc trên tệp: thay đổi ở bên này sẽ hiện ở bên kia trong vòng một giây.</translation>
        </message>
        <message>
            <source>This store is also open in another Roadmap Desktop window (process {pid}). Both can work on it: a change made in either shows in the other within a second.</source>
            <translation>Tệp dữ liệu này cũng đang mở trong một cửa sổ Roadmap Desktop khác (tiến trình {pid}). Cả hai đều có thể làm việc trên tệp: thay đổi ở bên này sẽ hiện ở bên kia trong vòng một giây.</translation>
        </message>
    </context>
    <context>
        <name>TieBar</name>
        <message>
            <source>Settle the tie…</source>
            <translation>Giải quyết đồng hạng…</translation>
        </message>
        <message>
            <source>Runoff round…</source>
            <translation>Vòng phụ…</translation>
        </message>
        <message>
            <source>Open a round on just the tied proposals</source>
            <translation>Mở một vòng chỉ gồm các đề xuất đồng hạng</translation>
        </message>
        <message>
            <source>Settle by round {number}</source>
            <translation>Giải quyết theo vòng {number}</translation>
        </message>
        <message>
            <source>Runoff round</source>
            <translation>Vòng phụ</translation>
        </message>
        <message>
            <source>Open a new round on just the tied proposals ({titles})? Its result can then settle their order.</source>
            <translation>Mở một vòng mới chỉ gồm các đề xuất đồng hạng ({titles})? Kết quả của vòng đó sau đó có thể quyết định thứ tự giữa chúng.</translation>
        </message>
        <message>
            <source>Runoff round on these…</source>
            <translation>Vòng phụ cho các đề xuất này…</translation>
        </message>
        <message>
            <source>Open a round on just the proposals listed above</source>
            <translation>Mở một vòng chỉ gồm các đề xuất liệt kê ở trên</translation>
        </message>
        <message>
            <source>Open a new round on just the most divided proposals, after the discussion ({count})?</source>
            <translation>Mở một vòng mới chỉ gồm các đề xuất gây chia rẽ nhất, sau khi thảo luận ({count})?</translation>
        </message>
    </context>
    <context>
        <name>UnlinkCommand</name>
        <message>
            <source>Remove the dependency between {card} and {other}</source>
            <translation>Xóa liên kết phụ thuộc giữa {card} và {other}</translation>
        </message>
    </context>
    <context>
        <name>VoteCount</name>
        <message numerus="yes">
            <source>%n vote</source>
            <translation>
                <numerusform>%n phiếu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n votes</source>
            <translation>
                <numerusform>%n phiếu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WhatIfModel</name>
        <message>
            <source>{criterion} {old} → {new} ({change})</source>
            <translation>{criterion} {old} → {new} ({change})</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Hạng</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>Cut line</source>
            <translation>Ngưỡng chọn</translation>
        </message>
        <message>
            <source>Keeps its side</source>
            <translation>Giữ nguyên phía</translation>
        </message>
        <message>
            <source>Nearest crossing</source>
            <translation>Đổi phía gần nhất</translation>
        </message>
        <message>
            <source>The share of weight combinations within ±50% of these weights under which the proposal stays on the same side of the cut line</source>
            <translation>Tỷ lệ tổ hợp trọng số trong khoảng ±50% so với các trọng số này mà với đó đề xuất vẫn ở cùng phía của ngưỡng chọn</translation>
        </message>
        <message>
            <source>The smallest change of one weight that moves it across the line</source>
            <translation>Thay đổi nhỏ nhất của một trọng số khiến đề xuất đổi phía so với ngưỡng</translation>
        </message>
        <message>
            <source>Places moved from the ranking under the workshop's own weights</source>
            <translation>Số hạng tăng hoặc giảm so với bảng xếp hạng theo trọng số riêng của hội thảo</translation>
        </message>
        <message>
            <source>✓ enters</source>
            <translation>✓ được chọn</translation>
        </message>
        <message>
            <source>leaves</source>
            <translation>bị loại</translation>
        </message>
    </context>
    <context>
        <name>WhatIfView</name>
        <message>
            <source>What if</source>
            <translation>Giả định</translation>
        </message>
        <message>
            <source>Move a criterion's weight to see how the ranking and the cut line would change. Nothing is saved until you adopt the weights.</source>
            <translation>Kéo trọng số của một tiêu chí để xem bảng xếp hạng và ngưỡng chọn sẽ thay đổi ra sao. Chưa có gì được lưu cho đến khi áp dụng các trọng số.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Reset the weights to the workshop's own</source>
            <translation>Đặt lại về trọng số riêng của hội thảo</translation>
        </message>
        <message>
            <source>Ado&amp;pt these weights</source>
            <translation>Áp &amp;dụng các trọng số này</translation>
        </message>
        <message>
            <source>Adopt these weights for the workshop</source>
            <translation>Áp dụng các trọng số này cho hội thảo</translation>
        </message>
        <message>
            <source>Who crosses the cut line</source>
            <translation>Đề xuất nào đổi phía so với ngưỡng chọn</translation>
        </message>
        <message>
            <source>“Keeps its side” is the share of 729 weight combinations within ±50% of these weights under which the proposal stays on the same side of the cut line.</source>
            <translation>“Giữ nguyên phía” là tỷ lệ trong 729 tổ hợp trọng số, nằm trong khoảng ±50% so với các trọng số này, mà với đó đề xuất vẫn ở cùng phía của ngưỡng chọn.</translation>
        </message>
        <message>
            <source>What-if ranking</source>
            <translation>Bảng xếp hạng giả định</translation>
        </message>
        <message>
            <source>Weight of {criterion}</source>
            <translation>Trọng số của {criterion}</translation>
        </message>
        <message>
            <source>What-if weights need a round scored on the criteria.</source>
            <translation>Trọng số giả định cần một vòng được chấm điểm theo các tiêu chí.</translation>
        </message>
        <message>
            <source>{weight} (was {own})</source>
            <translation>{weight} (trước đây {own})</translation>
        </message>
        <message>
            <source>No proposal crosses the cut line under these weights.</source>
            <translation>Với các trọng số này, không có đề xuất nào đổi phía so với ngưỡng chọn.</translation>
        </message>
        <message>
            <source>enter: {titles}</source>
            <translation>được chọn: {titles}</translation>
        </message>
        <message>
            <source>leave: {titles}</source>
            <translation>bị loại: {titles}</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal crosses the cut line — {changes}</source>
            <translation>
                <numerusform>%n đề xuất đổi phía so với ngưỡng chọn — {changes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals cross the cut line — {changes}</source>
            <translation>
                <numerusform>%n đề xuất đổi phía so với ngưỡng chọn — {changes}</numerusform>
            </translation>
        </message>
        <message>
            <source>A workshop's weights are above zero: raise every slider above 0 before adopting them.</source>
            <translation>Trọng số của hội thảo phải lớn hơn 0: hãy kéo mọi thanh trượt lên trên 0 trước khi áp dụng.</translation>
        </message>
    </context>
    <context>
        <name>WifiDialog</name>
        <message>
            <source>Open network (no password)</source>
            <translation>Mạng mở (không mật khẩu)</translation>
        </message>
        <message>
            <source>The room's Wi-Fi</source>
            <translation>Wi-Fi của phòng họp</translation>
        </message>
        <message>
            <source>Network name</source>
            <translation>Tên mạng</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Bảo mật</translation>
        </message>
        <message>
            <source>The network is &amp;hidden</source>
            <translation>Mạng được ẩ&amp;n</translation>
        </message>
        <message>
            <source>Phones scan this from the presenter screen or a join card to join the room's network. Leave the name blank for no Wi-Fi code.</source>
            <translation>Điện thoại quét mã này trên màn hình phòng họp hoặc thẻ tham gia để kết nối vào mạng của phòng. Để trống tên nếu không cần mã Wi-Fi.</translation>
        </message>
        <message>
            <source>&amp;Network name:</source>
            <translation>&amp;Tên mạng:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Mật khẩu:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Bảo mật:</translation>
        </message>
    </context>
    <context>
        <name>WorkshopListModel</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n đề xuất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant</source>
            <translation>
                <numerusform>%n người tham gia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants</source>
            <translation>
                <numerusform>%n người tham gia</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n vòng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n vòng</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>Workshop</source>
            <translation>Hội thảo</translation>
        </message>
        <message>
            <source>Name the workshop and choose how scores become results. The scoring settings can be changed later.</source>
            <translation>Đặt tên cho hội thảo và chọn cách tính kết quả từ điểm. Có thể thay đổi cài đặt chấm điểm sau.</translation>
        </message>
        <message>
            <source>Workshop name</source>
            <translation>Tên hội thảo</translation>
        </message>
        <message>
            <source>e.g. Innovation Roadmap 2025</source>
            <translation>ví dụ Lộ trình Đổi mới 2025</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Ngày hội thảo</translation>
        </message>
        <message>
            <source>MMMM d, yyyy</source>
            <extracomment>A Qt date format (QDate::toString): MMMM the month's name, d the day, yyyy the year; quote words: "d 'de' MMMM 'de' yyyy".</extracomment>
            <translation>d MMMM, yyyy</translation>
        </message>
        <message>
            <source>Workshop description</source>
            <translation>Mô tả hội thảo</translation>
        </message>
        <message>
            <source>What the cabinet is deciding, and for when.</source>
            <translation>Ban đang quyết định điều gì và cho thời điểm nào.</translation>
        </message>
        <message>
            <source>Language of the model's words</source>
            <translation>Ngôn ngữ của mô hình</translation>
        </message>
        <message>
            <source>The language of the domains, categories, criteria and lanes the new workshop starts from.</source>
            <translation>Ngôn ngữ dùng cho các lĩnh vực, hạng mục, tiêu chí và cột ban đầu của hội thảo mới.</translation>
        </message>
        <message>
            <source>Combine participants' scores with</source>
            <translation>Kết hợp điểm của người tham gia bằng</translation>
        </message>
        <message>
            <source>Discuss threshold</source>
            <translation>Ngưỡng thảo luận</translation>
        </message>
        <message>
            <source>A proposal whose spread of scores is above this is flagged for discussion.</source>
            <translation>Đề xuất có độ phân tán điểm vượt mức này sẽ được đánh dấu cần thảo luận.</translation>
        </message>
        <message>
            <source>Count the facilitator's &amp;own scores in the results</source>
            <translation>Tính cả điểm &amp;riêng của người điều phối vào kết quả</translation>
        </message>
        <message>
            <source>Count the facilitator's own scores</source>
            <translation>Tính cả điểm riêng của người điều phối</translation>
        </message>
        <message>
            <source>Vote record</source>
            <translation>Lưu phiếu</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Tê&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Ngà&amp;y:</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>Mô &amp;tả:</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the model's words:</source>
            <translation>Ngôn ngữ &amp;của mô hình:</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Combine scores &amp;with:</source>
            <translation>Kết hợp điểm &amp;bằng:</translation>
        </message>
        <message>
            <source>Proposals whose scores spread more than this are flagged “discuss”.</source>
            <translation>Đề xuất có điểm phân tán nhiều hơn mức này được đánh dấu “cần thảo luận”.</translation>
        </message>
        <message>
            <source>Discuss &amp;threshold:</source>
            <translation>Ngưỡng thảo &amp;luận:</translation>
        </message>
        <message>
            <source>&amp;Vote record:</source>
            <translation>Lưu &amp;phiếu:</translation>
        </message>
        <message>
            <source>Give the workshop a name.</source>
            <translation>Hãy đặt tên cho hội thảo.</translation>
        </message>
        <message>
            <source>A workshop named {name} already exists; choose another name.</source>
            <translation>Đã có hội thảo tên {name}; vui lòng chọn tên khác.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopSettingsDialog</name>
        <message>
            <source>Workshop settings</source>
            <translation>Cài đặt hội thảo</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>Re&amp;sults</source>
            <translation>&amp;Kết quả</translation>
        </message>
        <message>
            <source>The questions every director scores each proposal on. A participant's score is the weighted mean of their answers. A changed weight changes the results of every round; a criterion that holds scores cannot be removed, and its scale must keep the scores already given.</source>
            <translation>Các câu hỏi mà mỗi giám đốc dùng để chấm điểm từng đề xuất. Điểm của một người tham gia là trung bình có trọng số của các câu trả lời. Thay đổi trọng số sẽ làm thay đổi kết quả của mọi vòng; không thể xóa tiêu chí đã có điểm, và thang điểm của tiêu chí phải bao gồm các điểm đã chấm.</translation>
        </message>
        <message>
            <source>Cr&amp;iteria</source>
            <translation>&amp;Tiêu chí</translation>
        </message>
        <message>
            <source>Who takes part: directors score, the facilitator runs the laptop and observers watch. Someone who has voted stays on the record: they cannot be removed or made an observer.</source>
            <translation>Những người tham gia: giám đốc chấm điểm, người điều phối vận hành máy tính xách tay và người quan sát theo dõi. Người đã bỏ phiếu vẫn được lưu trong hồ sơ: không thể xóa hoặc chuyển họ thành người quan sát.</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Người tham gia</translation>
        </message>
        <message>
            <source>Short labels for cards: shown when the full name does not fit on a card or the projector. Leave one empty to show the full name.</source>
            <translation>Nhãn ngắn cho thẻ: hiển thị khi tên đầy đủ không vừa trên thẻ hoặc máy chiếu. Để trống để hiển thị tên đầy đủ.</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>N&amp;hãn</translation>
        </message>
        <message>
            <source>Co&amp;uncil</source>
            <translation>Hội đồn&amp;g</translation>
        </message>
        <message>
            <source>Problem with these settings</source>
            <translation>Vấn đề với các cài đặt này</translation>
        </message>
        <message>
            <source>Apply the changes and close</source>
            <translation>Áp dụng thay đổi và đóng</translation>
        </message>
        <message>
            <source>Close without changes</source>
            <translation>Đóng mà không thay đổi</translation>
        </message>
        <message>
            <source>Apply the changes</source>
            <translation>Áp dụng thay đổi</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Combine participants' scores with</source>
            <translation>Kết hợp điểm của người tham gia bằng</translation>
        </message>
        <message>
            <source>Discuss threshold</source>
            <translation>Ngưỡng thảo luận</translation>
        </message>
        <message>
            <source>A proposal whose spread of scores is above this is flagged for discussion.</source>
            <translation>Đề xuất có độ phân tán điểm vượt mức này sẽ được đánh dấu cần thảo luận.</translation>
        </message>
        <message>
            <source>Count the facilitator's &amp;own scores in the results</source>
            <translation>Tính cả điểm &amp;riêng của người điều phối vào kết quả</translation>
        </message>
        <message>
            <source>Count the facilitator's own scores</source>
            <translation>Tính cả điểm riêng của người điều phối</translation>
        </message>
        <message>
            <source>Vote record</source>
            <translation>Lưu phiếu</translation>
        </message>
        <message>
            <source>Round the documents report</source>
            <translation>Vòng được báo cáo trong tài liệu</translation>
        </message>
        <message>
            <source>The revealed round the board's badges, the poster and the packet report. Proposals that round did not cover keep their score from an earlier round.</source>
            <translation>Vòng đã công bố mà huy hiệu trên bảng, áp phích và hồ sơ báo cáo. Những đề xuất không có trong vòng đó giữ điểm từ vòng trước.</translation>
        </message>
        <message>
            <source>Combine scores &amp;with:</source>
            <translation>Kết hợp điểm &amp;bằng:</translation>
        </message>
        <message>
            <source>Proposals whose scores spread more than this are flagged “discuss”.</source>
            <translation>Đề xuất có điểm phân tán nhiều hơn mức này được đánh dấu “cần thảo luận”.</translation>
        </message>
        <message>
            <source>Discuss &amp;threshold:</source>
            <translation>Ngưỡng thảo &amp;luận:</translation>
        </message>
        <message>
            <source>&amp;Vote record:</source>
            <translation>Lưu &amp;phiếu:</translation>
        </message>
        <message>
            <source>Documents &amp;report:</source>
            <translation>&amp;Vòng cho tài liệu:</translation>
        </message>
        <message>
            <source>How the participants' scores become results. A change here recomputes the results of every round, revealed ones too.</source>
            <translation>Cách tính kết quả từ điểm của người tham gia. Thay đổi ở đây sẽ tính lại kết quả của mọi vòng, kể cả các vòng đã công bố.</translation>
        </message>
        <message>
            <source>Workshop settings — {name}</source>
            <translation>Cài đặt hội thảo — {name}</translation>
        </message>
        <message>
            <source>{reason} Nothing was changed.</source>
            <translation>{reason} Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>Saved, but the store could not be read back: {reason}</source>
            <translation>Đã lưu, nhưng không đọc lại được tệp dữ liệu: {reason}</translation>
        </message>
    </context>
    <context>
        <name>_LabelDelegate</name>
        <message>
            <source>Short label of {name}</source>
            <translation>Nhãn ngắn của {name}</translation>
        </message>
        <message>
            <source>At most {most} characters. Leave it empty to show the full name.</source>
            <translation>Tối đa {most} ký tự. Để trống để hiển thị tên đầy đủ.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Demo workshop</source>
            <translation>Hội thảo mẫu</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>Restore the newest good backup? The damaged file is kept beside it, untouched.</source>
            <translation>Khôi phục bản sao lưu tốt mới nhất? Tệp bị hỏng được giữ nguyên bên cạnh, không bị thay đổi.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>{app}: no log file ({reason}).</source>
            <translation>{app}: không có tệp nhật ký ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>card_context</name>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message>
            <source>an archived proposal</source>
            <translation>một đề xuất đã lưu trữ</translation>
        </message>
        <message>
            <source>Needs: {titles}</source>
            <translation>Cần: {titles}</translation>
        </message>
        <message>
            <source>Excludes: {titles}</source>
            <translation>Loại trừ: {titles}</translation>
        </message>
        <message>
            <source>Needed by: {titles}</source>
            <translation>Là điều kiện của: {titles}</translation>
        </message>
        <message>
            <source>from round {number}</source>
            <translation>từ vòng {number}</translation>
        </message>
        <message>
            <source>round {number}</source>
            <translation>vòng {number}</translation>
        </message>
        <message>
            <source>was {score}</source>
            <translation>trước là {score}</translation>
        </message>
        <message>
            <source>{voted} of {voters} voted in round {number}</source>
            <translation>{voted}/{voters} người đã bỏ phiếu ở vòng {number}</translation>
        </message>
        <message>
            <source>{score} of {top}, {votes}</source>
            <translation>{score}/{top}, {votes}</translation>
        </message>
        <message>
            <source>{round}: {votes}</source>
            <translation>{round}: {votes}</translation>
        </message>
        <message>
            <source>{votes}, to discuss</source>
            <translation>{votes}, cần thảo luận</translation>
        </message>
        <message>
            <source>discuss</source>
            <translation>thảo luận</translation>
        </message>
        <message>
            <source>Must fund</source>
            <translation>Bắt buộc cấp vốn</translation>
        </message>
        <message>
            <source>Must not fund</source>
            <translation>Không được cấp vốn</translation>
        </message>
        <message>
            <source>Must not</source>
            <translation>Không cấp</translation>
        </message>
        <message>
            <source>Always funded under a budget</source>
            <translation>Luôn được cấp vốn khi có ngân sách</translation>
        </message>
        <message>
            <source>Never funded under a budget</source>
            <translation>Không bao giờ được cấp vốn khi có ngân sách</translation>
        </message>
        <message>
            <source>{voted} of {voters} voted</source>
            <translation>{voted}/{voters} đã bỏ phiếu</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Di chuyển thẻ</translation>
        </message>
        <message>
            <source>another lane</source>
            <translation>cột khác</translation>
        </message>
        <message>
            <source>Reorder {cards} in {lane}</source>
            <translation>Sắp xếp lại {cards} trong {lane}</translation>
        </message>
        <message>
            <source>Move {cards} to {lane}</source>
            <translation>Chuyển {cards} sang {lane}</translation>
        </message>
        <message>
            <source>Reorder a card in {lane}</source>
            <translation>Sắp xếp lại một thẻ trong {lane}</translation>
        </message>
        <message>
            <source>Move a card to {lane}</source>
            <translation>Chuyển một thẻ sang {lane}</translation>
        </message>
        <message>
            <source>Reorder {card} in {lane}</source>
            <translation>Sắp xếp lại {card} trong {lane}</translation>
        </message>
        <message>
            <source>Move {card} from {source} to {lane}</source>
            <translation>Chuyển {card} từ {source} sang {lane}</translation>
        </message>
        <message>
            <source>Move {card} to {lane}</source>
            <translation>Chuyển {card} sang {lane}</translation>
        </message>
        <message>
            <source>title</source>
            <translation>tiêu đề</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>tóm tắt</translation>
        </message>
        <message>
            <source>department</source>
            <translation>sở ban</translation>
        </message>
        <message>
            <source>domain</source>
            <translation>lĩnh vực</translation>
        </message>
        <message>
            <source>category</source>
            <translation>hạng mục</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>chi phí</translation>
        </message>
        <message>
            <source>budget rule</source>
            <translation>quy tắc ngân sách</translation>
        </message>
        <message>
            <source>timeframe</source>
            <translation>thời hạn</translation>
        </message>
        <message>
            <source>Edit {card}</source>
            <translation>Sửa {card}</translation>
        </message>
        <message>
            <source>Edit proposal</source>
            <translation>Sửa đề xuất</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} và {second}</translation>
        </message>
        <message>
            <source>{first}, {second} and {third}</source>
            <translation>{first}, {second} và {third}</translation>
        </message>
        <message>
            <source>Edit {fields} of {card}</source>
            <translation>Sửa {fields} của {card}</translation>
        </message>
        <message>
            <source>Edit {fields} of the proposal</source>
            <translation>Sửa {fields} của đề xuất</translation>
        </message>
        <message>
            <source>Move lane {lane} left</source>
            <translation>Chuyển cột {lane} sang trái</translation>
        </message>
        <message>
            <source>Move lane {lane} right</source>
            <translation>Chuyển cột {lane} sang phải</translation>
        </message>
        <message>
            <source>Move lane left</source>
            <translation>Chuyển cột sang trái</translation>
        </message>
        <message>
            <source>Move lane right</source>
            <translation>Chuyển cột sang phải</translation>
        </message>
        <message>
            <source>Import {proposals} from {file}, update {updated}</source>
            <translation>Nhập {proposals} từ {file}, cập nhật {updated}</translation>
        </message>
        <message>
            <source>Import {proposals}, update {updated}</source>
            <translation>Nhập {proposals}, cập nhật {updated}</translation>
        </message>
        <message>
            <source>Update {proposals} from {file}</source>
            <translation>Cập nhật {proposals} từ {file}</translation>
        </message>
        <message>
            <source>Update {proposals}</source>
            <translation>Cập nhật {proposals}</translation>
        </message>
        <message>
            <source>Import {proposals} from {file}</source>
            <translation>Nhập {proposals} từ {file}</translation>
        </message>
        <message>
            <source>Import {proposals}</source>
            <translation>Nhập {proposals}</translation>
        </message>
    </context>
    <context>
        <name>context_menus</name>
        <message>
            <source>{card}: card menu</source>
            <translation>{card}: trình đơn của thẻ</translation>
        </message>
        <message>
            <source>{lane} lane menu</source>
            <translation>Trình đơn của cột {lane}</translation>
        </message>
    </context>
    <context>
        <name>council_tab</name>
        <message>
            <source>Change the council section</source>
            <translation>Thay đổi phần trình Hội đồng</translation>
        </message>
    </context>
    <context>
        <name>crash_dialog</name>
        <message>
            <source>Something went wrong, but your workshop is safe.</source>
            <translation>Đã xảy ra sự cố, nhưng hội thảo vẫn an toàn.</translation>
        </message>
        <message>
            <source>Every change the app showed as done is already saved in the store. The action that failed did not finish; you can try it again.</source>
            <translation>Mọi thay đổi mà ứng dụng đã báo là xong đều đã được lưu trong tệp dữ liệu. Thao tác bị lỗi chưa hoàn tất; có thể thử lại.</translation>
        </message>
        <message>
            <source>A report for support was written to:
{path}</source>
            <translation>Đã ghi một báo cáo cho bộ phận hỗ trợ tại:
{path}</translation>
        </message>
        <message>
            <source>Open the report's folder</source>
            <translation>Mở thư mục chứa báo cáo</translation>
        </message>
    </context>
    <context>
        <name>cut_actions</name>
        <message>
            <source>Apply round {number}'s top {count} to {lane}</source>
            <translation>Áp dụng {count} đề xuất đứng đầu của vòng {number} vào {lane}</translation>
        </message>
        <message>
            <source>Apply round {number}'s category quotas ({proposals}) to {lane}</source>
            <translation>Áp dụng chỉ tiêu theo hạng mục của vòng {number} ({proposals}) vào {lane}</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Lộ trình</translation>
        </message>
        <message>
            <source>The cut line was not applied: {problem}</source>
            <translation>Chưa áp dụng được ngưỡng chọn: {problem}</translation>
        </message>
        <message>
            <source>Moved {proposals} into {lane}: round {number}'s cut line is recorded for the packet.</source>
            <translation>Đã chuyển {proposals} vào {lane}: ngưỡng chọn của vòng {number} đã được ghi lại cho hồ sơ.</translation>
        </message>
    </context>
    <context>
        <name>document_actions</name>
        <message>
            <source>Round {number} — the round of record</source>
            <translation>Vòng {number} — vòng chính thức</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Vòng {number}</translation>
        </message>
    </context>
    <context>
        <name>help_menu</name>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Open &amp;data folder</source>
            <translation>Mở thư mục &amp;dữ liệu</translation>
        </message>
        <message>
            <source>The folder with the stores, their backups, the log and crash reports</source>
            <translation>Thư mục chứa các tệp dữ liệu, bản sao lưu, nhật ký và báo cáo sự cố</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Giới thiệu {app}</translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Phòng ban</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Lĩnh vực</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Hạng mục</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Chi phí</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Thời gian thực hiện</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Cột</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Update the existing proposals</source>
            <translation>Cập nhật các đề xuất hiện có</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Giữ cả hai</translation>
        </message>
    </context>
    <context>
        <name>lane_view</name>
        <message>
            <source>Go to the lane on the left or right</source>
            <translation>Chuyển đến cột bên trái hoặc bên phải</translation>
        </message>
        <message>
            <source>Move the selected cards to the lane on the left or right</source>
            <translation>Chuyển các thẻ đang chọn sang cột bên trái hoặc bên phải</translation>
        </message>
        <message>
            <source>Move the selected cards up or down in their lane</source>
            <translation>Đưa các thẻ đang chọn lên hoặc xuống trong cột</translation>
        </message>
        <message>
            <source>Open the card</source>
            <translation>Mở thẻ</translation>
        </message>
        <message>
            <source>The card's menu (on an empty lane: the lane's)</source>
            <translation>Trình đơn của thẻ (ở cột trống: trình đơn của cột)</translation>
        </message>
        <message>
            <source>Go to the card above or below</source>
            <translation>Chuyển đến thẻ bên trên hoặc bên dưới</translation>
        </message>
        <message>
            <source>Select more cards</source>
            <translation>Chọn thêm thẻ</translation>
        </message>
        <message>
            <source>Select every card in the lane</source>
            <translation>Chọn mọi thẻ trong cột</translation>
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <source>&amp;Language</source>
            <translation>Ngôn n&amp;gữ</translation>
        </message>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Theo hệ thống ({language})</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>{app} will appear in {language} the next time it starts.</source>
            <translation>{app} sẽ hiển thị bằng {language} vào lần khởi động tới.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Khởi động lại ngay</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <source>{app} could not start again. Please close it and open it yourself.</source>
            <translation>{app} không thể tự khởi động lại. Vui lòng đóng ứng dụng rồi mở lại.</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <source>{address} — this laptop only (a rehearsal)</source>
            <translation>{address} — chỉ máy tính này (để diễn tập)</translation>
        </message>
    </context>
    <context>
        <name>presenter_board</name>
        <message>
            <source>This workshop has no such lane.</source>
            <translation>Hội thảo này không có cột đó.</translation>
        </message>
    </context>
    <context>
        <name>presenter_header</name>
        <message>
            <source>Round {number} · time's up</source>
            <extracomment>The presenter's top right corner once the round's countdown has ended.</extracomment>
            <translation>Vòng {number} · hết giờ</translation>
        </message>
        <message>
            <source>Round {number} · {clock}</source>
            <translation>Vòng {number} · {clock}</translation>
        </message>
    </context>
    <context>
        <name>presenter_proposal</name>
        <message>
            <source>{author} — {text}</source>
            <translation>{author} — {text}</translation>
        </message>
        <message>
            <source>From the discussion</source>
            <translation>Từ buổi thảo luận</translation>
        </message>
        <message>
            <source>No proposals yet</source>
            <translation>Chưa có đề xuất</translation>
        </message>
        <message>
            <source>{score} of {top}</source>
            <translation>{score}/{top}</translation>
        </message>
        <message>
            <source>rank {rank}</source>
            <translation>hạng {rank}</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Vòng {number}</translation>
        </message>
        <message>
            <source>discuss: the directors disagree</source>
            <translation>cần thảo luận: các giám đốc chưa thống nhất</translation>
        </message>
    </context>
    <context>
        <name>presenter_reveal</name>
        <message>
            <source>No round revealed yet</source>
            <translation>Chưa có vòng nào được công bố</translation>
        </message>
        <message>
            <source>Close the round and reveal it on the Score tab; the ranking then appears here, step by step.</source>
            <translation>Hãy đóng vòng và công bố ở thẻ Chấm điểm; bảng xếp hạng sẽ hiện ở đây, từng bước một.</translation>
        </message>
        <message>
            <source>Round {number}: the ranking</source>
            <translation>Vòng {number}: xếp hạng</translation>
        </message>
        <message>
            <source>bar: on the roadmap by its quotas</source>
            <extracomment>The ranking's key: a bar beside each proposal the quotas take.</extracomment>
            <translation>vạch: vào lộ trình theo hạn mức</translation>
        </message>
        <message>
            <source>discuss: directors disagree</source>
            <translation>cần thảo luận: giám đốc chưa thống nhất</translation>
        </message>
        <message>
            <source>{first}–{last} of {total}</source>
            <translation>{first}–{last}/{total}</translation>
        </message>
        <message>
            <source>no votes</source>
            <translation>chưa có phiếu</translation>
        </message>
        <message>
            <source>discuss</source>
            <comment>a proposal the directors disagree on</comment>
            <translation>thảo luận</translation>
        </message>
        <message>
            <source>To discuss: {number} of {count}, the directors disagree</source>
            <translation>Cần thảo luận: {number}/{count}, các giám đốc chưa thống nhất</translation>
        </message>
        <message>
            <source>Score {score}</source>
            <translation>Điểm {score}</translation>
        </message>
        <message>
            <source>spread {spread}</source>
            <translation>độ chênh {spread}</translation>
        </message>
    </context>
    <context>
        <name>presenter_snapshot</name>
        <message>
            <source>Round {number} open</source>
            <translation>Vòng {number} đang mở</translation>
        </message>
        <message>
            <source>No round yet</source>
            <translation>Chưa có vòng nào</translation>
        </message>
        <message>
            <source>Round {number} revealed</source>
            <translation>Vòng {number} đã công bố</translation>
        </message>
        <message>
            <source>Round {number} closed</source>
            <translation>Vòng {number} đã đóng</translation>
        </message>
    </context>
    <context>
        <name>presenter_voting</name>
        <message>
            <source>{names} and {last}</source>
            <extracomment>The end of a list: "Important, Core and Achievable".</extracomment>
            <translation>{names} và {last}</translation>
        </message>
        <message>
            <source>Score each proposal: {criteria}</source>
            <translation>Chấm điểm từng đề xuất: {criteria}</translation>
        </message>
        <message>
            <source>No round is open</source>
            <translation>Chưa có vòng nào đang mở</translation>
        </message>
        <message>
            <source>Open a round on the Score tab to start voting.</source>
            <translation>Hãy mở một vòng ở thẻ Chấm điểm để bắt đầu bỏ phiếu.</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Vòng {number}</translation>
        </message>
        <message>
            <source>{count} on their way</source>
            <translation>{count} đang làm</translation>
        </message>
        <message>
            <source>Vote from your phone</source>
            <translation>Bỏ phiếu bằng điện thoại</translation>
        </message>
        <message>
            <source>1. Wi-Fi “{network}” · password {password}</source>
            <translation>1. Wi-Fi “{network}” · mật khẩu {password}</translation>
        </message>
        <message>
            <source>1. Wi-Fi “{network}”</source>
            <translation>1. Wi-Fi “{network}”</translation>
        </message>
        <message>
            <source>2. Scan your join card or this code</source>
            <translation>2. Quét thẻ tham gia hoặc mã này</translation>
        </message>
        <message>
            <source>Scan your join card or this code</source>
            <translation>Quét thẻ tham gia hoặc mã này</translation>
        </message>
        <message>
            <source>pick your name, type your code</source>
            <translation>chọn tên, nhập mã</translation>
        </message>
    </context>
    <context>
        <name>record_round</name>
        <message>
            <source>Latest revealed round (round {number})</source>
            <translation>Vòng công bố gần nhất (vòng {number})</translation>
        </message>
        <message>
            <source>Latest revealed round (none revealed yet)</source>
            <translation>Vòng công bố gần nhất (chưa có vòng nào)</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Vòng {number}</translation>
        </message>
        <message>
            <source>Documents report the latest revealed round</source>
            <translation>Tài liệu báo cáo vòng công bố gần nhất</translation>
        </message>
        <message>
            <source>Documents report round {number}</source>
            <translation>Tài liệu báo cáo vòng {number}</translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <source>when the store was opened</source>
            <translation>khi mở tệp dữ liệu</translation>
        </message>
        <message>
            <source>after a round was closed</source>
            <translation>sau khi một vòng kết thúc</translation>
        </message>
        <message>
            <source>after a round was revealed</source>
            <translation>sau khi một vòng được công bố</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>trước khi nhập dữ liệu</translation>
        </message>
        <message>
            <source>before a lane was removed</source>
            <translation>trước khi xóa một cột</translation>
        </message>
        <message>
            <source>before a criterion was removed</source>
            <translation>trước khi xóa một tiêu chí</translation>
        </message>
        <message>
            <source>during the work (every 15 minutes)</source>
            <translation>trong lúc làm việc (cứ 15 phút một lần)</translation>
        </message>
        <message>
            <source>before a restore (the store as it was)</source>
            <translation>trước khi khôi phục (tệp dữ liệu như trước đó)</translation>
        </message>
        <message>
            <source>before this version updated the store</source>
            <translation>trước khi phiên bản này cập nhật tệp dữ liệu</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Hội thảo</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Vòng</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Thay đổi gần nhất</translation>
        </message>
        <message>
            <source>d MMM yyyy HH:mm</source>
            <extracomment>A Qt date-and-time format (QDateTime::toString): d day, MMM the month's short name, yyyy year, HH:mm the 24-hour time.</extracomment>
            <translation>dd/MM/yyyy HH:mm</translation>
        </message>
    </context>
    <context>
        <name>results_panel</name>
        <message>
            <source>{title} — spread {spread} — discuss</source>
            <translation>{title} — độ phân tán {spread} — cần thảo luận</translation>
        </message>
        <message>
            <source>{title} — spread {spread}</source>
            <translation>{title} — độ phân tán {spread}</translation>
        </message>
    </context>
    <context>
        <name>round_menu</name>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Vòng</translation>
        </message>
        <message>
            <source>&amp;Open round…</source>
            <translation>&amp;Mở vòng…</translation>
        </message>
        <message>
            <source>&amp;Close round</source>
            <translation>Đón&amp;g vòng</translation>
        </message>
        <message>
            <source>Re&amp;open round</source>
            <translation>Mở &amp;lại vòng</translation>
        </message>
        <message>
            <source>Re&amp;veal round…</source>
            <translation>&amp;Công bố vòng…</translation>
        </message>
        <message>
            <source>&amp;Timer…</source>
            <translation>&amp;Hẹn giờ…</translation>
        </message>
        <message>
            <source>Open voting to &amp;devices</source>
            <translation>Mở bỏ phiếu trên &amp;thiết bị</translation>
        </message>
        <message>
            <source>Print &amp;join cards…</source>
            <translation>In thẻ tham &amp;gia…</translation>
        </message>
        <message>
            <source>Room &amp;Wi-Fi…</source>
            <translation>&amp;Wi-Fi phòng họp…</translation>
        </message>
    </context>
    <context>
        <name>scoring_commands</name>
        <message>
            <source>Open round {number}</source>
            <translation>Mở vòng {number}</translation>
        </message>
        <message>
            <source>Import ballots from {file}</source>
            <translation>Nhập phiếu từ {file}</translation>
        </message>
    </context>
    <context>
        <name>shortcuts_sheet</name>
        <message>
            <source>Board</source>
            <translation>Bảng</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
        </message>
    </context>
    <context>
        <name>spec_table</name>
        <message>
            <source>Director</source>
            <translation>Giám đốc</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Người điều phối</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Người quan sát</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Hộp đến</translation>
        </message>
        <message>
            <source>Shortlist</source>
            <translation>Danh sách rút gọn</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Lộ trình</translation>
        </message>
        <message>
            <source>Parked</source>
            <translation>Tạm gác</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>Thông thường</translation>
        </message>
        <message>
            <source>Mean (average)</source>
            <translation>Trung bình cộng</translation>
        </message>
        <message>
            <source>Median (middle value)</source>
            <translation>Trung vị (giá trị ở giữa)</translation>
        </message>
        <message>
            <source>Named: keep who gave each score</source>
            <translation>Ghi tên: lưu ai đã chấm từng điểm</translation>
        </message>
        <message>
            <source>Anonymous: keep the scores without names</source>
            <translation>Ẩn danh: lưu điểm mà không kèm tên</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… và {count} vấn đề khác.</translation>
        </message>
    </context>
    <context>
        <name>store_actions</name>
        <message>
            <source>Roadmap workshop files (*.roadmap);;All files (*)</source>
            <translation>Tệp hội thảo Roadmap (*.roadmap);;Tất cả các tệp (*)</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>Khôi phục bản sao lưu lúc {when}</translation>
        </message>
    </context>
    <context>
        <name>window_menus</name>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Hội thảo</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Thiết lập…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>Hội thảo &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Open store…</source>
            <translation>Mở tệp &amp;dữ liệu…</translation>
        </message>
        <message>
            <source>&amp;Import proposals…</source>
            <translation>&amp;Nhập đề xuất…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Xuất</translation>
        </message>
        <message>
            <source>Roadmap &amp;poster…</source>
            <translation>Áp &amp;phích lộ trình…</translation>
        </message>
        <message>
            <source>Poster on &amp;Letter sheets…</source>
            <translation>Áp phích trên giấy khổ &amp;Letter…</translation>
        </message>
        <message>
            <source>Poster on &amp;A4 sheets…</source>
            <translation>Áp phích trên giấy khổ &amp;A4…</translation>
        </message>
        <message>
            <source>Poster as PN&amp;G for slides…</source>
            <translation>Áp phích dạng PN&amp;G cho trang chiếu…</translation>
        </message>
        <message>
            <source>&amp;Council packet…</source>
            <translation>Hồ sơ trình &amp;Hội đồng…</translation>
        </message>
        <message>
            <source>Choose a &amp;logo for the poster…</source>
            <translation>Chọn &amp;biểu trưng cho áp phích…</translation>
        </message>
        <message>
            <source>&amp;Results…</source>
            <translation>&amp;Kết quả…</translation>
        </message>
        <message>
            <source>Import paper &amp;ballots…</source>
            <translation>Nhập &amp;phiếu giấy…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Mở tệp &amp;gần đây</translation>
        </message>
        <message>
            <source>&amp;Print packet…</source>
            <translation>&amp;In hồ sơ…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Th&amp;oát</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Chỉnh &amp;sửa</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Tìm…</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Lịch sử hoàn tác</translation>
        </message>
        <message>
            <source>Workshop opened</source>
            <translation>Đã mở hội thảo</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>Lịch &amp;sử</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>X&amp;em</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Trình chiếu</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Bảng</translation>
        </message>
        <message>
            <source>&amp;Score</source>
            <translation>Chấm điể&amp;m</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Kết quả</translation>
        </message>
        <message>
            <source>Compact cards</source>
            <translation>Thẻ thu gọn</translation>
        </message>
        <message>
            <source>Normal cards</source>
            <translation>Thẻ bình thường</translation>
        </message>
        <message>
            <source>Large cards</source>
            <translation>Thẻ lớn</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Phóng t&amp;o</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Thu &amp;nhỏ</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>Kích thước thự&amp;c</translation>
        </message>
    </context>
    <context>
        <name>workshop_settings</name>
        <message>
            <source>result settings</source>
            <translation>cài đặt kết quả</translation>
        </message>
        <message>
            <source>criteria</source>
            <translation>tiêu chí</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>người tham gia</translation>
        </message>
        <message>
            <source>short labels</source>
            <translation>nhãn ngắn</translation>
        </message>
        <message>
            <source>Change {section}</source>
            <translation>Thay đổi {section}</translation>
        </message>
        <message>
            <source>Change {first} and {second}</source>
            <translation>Thay đổi {first} và {second}</translation>
        </message>
        <message>
            <source>Change {sections} and {last}</source>
            <extracomment>{sections}: the names of all sections but the last, separated by ", ".</extracomment>
            <translation>Thay đổi {sections} và {last}</translation>
        </message>
    </context>
    <context>
        <name>workshop_tables</name>
        <message>
            <source>Criteria</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <source>&amp;Add criterion</source>
            <translation>&amp;Thêm tiêu chí</translation>
        </message>
        <message>
            <source>Add a criterion at the end</source>
            <translation>Thêm một tiêu chí vào cuối</translation>
        </message>
        <message>
            <source>Remove the selected criterion</source>
            <translation>Xóa tiêu chí đã chọn</translation>
        </message>
        <message>
            <source>Move the selected criterion up (Alt+Up)</source>
            <translation>Chuyển tiêu chí đã chọn lên (Alt+Mũi tên lên)</translation>
        </message>
        <message>
            <source>Move the selected criterion down (Alt+Down)</source>
            <translation>Chuyển tiêu chí đã chọn xuống (Alt+Mũi tên xuống)</translation>
        </message>
        <message>
            <source>criterion {number}</source>
            <translation>tiêu chí {number}</translation>
        </message>
        <message>
            <source>Criterion {number} needs a name.</source>
            <translation>Tiêu chí {number} cần có tên.</translation>
        </message>
        <message>
            <source>Two criteria are called {name}; each needs its own name.</source>
            <translation>Có hai tiêu chí cùng tên {name}; mỗi tiêu chí cần một tên riêng.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Người tham gia</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>&amp;Thêm người tham gia</translation>
        </message>
        <message>
            <source>Add a participant at the end</source>
            <translation>Thêm một người tham gia vào cuối</translation>
        </message>
        <message>
            <source>Remove the selected participant</source>
            <translation>Xóa người tham gia đã chọn</translation>
        </message>
        <message>
            <source>Move the selected participant up (Alt+Up)</source>
            <translation>Chuyển người tham gia đã chọn lên (Alt+Mũi tên lên)</translation>
        </message>
        <message>
            <source>Move the selected participant down (Alt+Down)</source>
            <translation>Chuyển người tham gia đã chọn xuống (Alt+Mũi tên xuống)</translation>
        </message>
        <message>
            <source>participant {number}</source>
            <translation>người tham gia {number}</translation>
        </message>
        <message>
            <source>Participant {number} needs a name.</source>
            <translation>Người tham gia {number} cần có tên.</translation>
        </message>
        <message>
            <source>Two participants are called {name}; each needs its own name.</source>
            <translation>Có hai người tham gia cùng tên {name}; mỗi người cần một tên riêng.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>A short name for the question.</source>
            <translation>Tên ngắn cho câu hỏi.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Câu hỏi</translation>
        </message>
        <message>
            <source>The question each director answers with a score.</source>
            <translation>Câu hỏi mà mỗi giám đốc trả lời bằng một điểm số.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Trọng số</translation>
        </message>
        <message>
            <source>How much this criterion counts; above zero.</source>
            <translation>Mức độ quan trọng của tiêu chí này; lớn hơn không.</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Thấp nhất</translation>
        </message>
        <message>
            <source>The lowest score on the scale.</source>
            <translation>Điểm thấp nhất trên thang điểm.</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Cao nhất</translation>
        </message>
        <message>
            <source>The highest score on the scale.</source>
            <translation>Điểm cao nhất trên thang điểm.</translation>
        </message>
        <message>
            <source>The participant's full name.</source>
            <translation>Họ tên đầy đủ của người tham gia.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Directors score; the facilitator runs the workshop; observers watch.</source>
            <translation>Giám đốc chấm điểm; người điều phối điều hành hội thảo; người quan sát theo dõi.</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Phòng ban</translation>
        </message>
        <message>
            <source>Their department.</source>
            <translation>Phòng ban của người đó.</translation>
        </message>
        <message>
            <source>The lowest score of {name} must be a whole number (got {text}).</source>
            <translation>Điểm thấp nhất của {name} phải là số nguyên (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The lowest score of {name} is too large (got {text}).</source>
            <translation>Điểm thấp nhất của {name} quá lớn (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The highest score of {name} must be a whole number (got {text}).</source>
            <translation>Điểm cao nhất của {name} phải là số nguyên (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The highest score of {name} is too large (got {text}).</source>
            <translation>Điểm cao nhất của {name} quá lớn (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The scale of {name} needs a lowest and a highest score.</source>
            <translation>Thang điểm của {name} cần có điểm thấp nhất và điểm cao nhất.</translation>
        </message>
        <message>
            <source>The weight of {name} must be a number (got {text}).</source>
            <translation>Trọng số của {name} phải là một số (đã nhập {text}).</translation>
        </message>
        <message>
            <source>The weight of {name} is too large (got {text}).</source>
            <translation>Trọng số của {name} quá lớn (đã nhập {text}).</translation>
        </message>
    </context>
    <context>
        <name>workshop_wizard</name>
        <message>
            <source>Short label</source>
            <translation>Nhãn ngắn</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>name</source>
            <comment>a pasted list's heading</comment>
            <translation>tên</translation>
        </message>
        <message>
            <source>role</source>
            <comment>a pasted list's heading</comment>
            <translation>vai trò</translation>
        </message>
        <message>
            <source>Line {number} has no name.</source>
            <translation>Dòng {number} không có tên.</translation>
        </message>
        <message>
            <source>Line {number}: {text} is not a role; write director, facilitator or observer.</source>
            <translation>Dòng {number}: {text} không phải là vai trò; hãy ghi giám đốc, người điều phối hoặc người quan sát.</translation>
        </message>
    </context>
</TS>
