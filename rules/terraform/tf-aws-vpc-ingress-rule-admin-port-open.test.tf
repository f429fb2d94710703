# ruleid: tf-aws-vpc-ingress-rule-admin-port-open
resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 22
  ip_protocol       = "tcp"
  to_port           = 22
}

# ruleid: tf-aws-vpc-ingress-rule-admin-port-open
resource "aws_vpc_security_group_ingress_rule" "rdp_v6" {
  security_group_id = aws_security_group.app.id
  cidr_ipv6         = "::/0"
  from_port         = 3389
  ip_protocol       = "tcp"
  to_port           = 3389
}

# ruleid: tf-aws-vpc-ingress-rule-admin-port-open
resource "aws_vpc_security_group_ingress_rule" "everything" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

# ok: tf-aws-vpc-ingress-rule-admin-port-open
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "0.0.0.0/0"
  from_port         = 443
  ip_protocol       = "tcp"
  to_port           = 443
}

# ok: tf-aws-vpc-ingress-rule-admin-port-open
resource "aws_vpc_security_group_ingress_rule" "ssh_corp" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "203.0.113.0/24"
  from_port         = 22
  ip_protocol       = "tcp"
  to_port           = 22
}

# ok: tf-aws-vpc-ingress-rule-admin-port-open
resource "aws_vpc_security_group_ingress_rule" "ssh_from_bastion" {
  security_group_id            = aws_security_group.app.id
  referenced_security_group_id = aws_security_group.bastion.id
  from_port                    = 22
  ip_protocol                  = "tcp"
  to_port                      = 22
}

# ok: tf-aws-vpc-ingress-rule-admin-port-open
resource "aws_vpc_security_group_ingress_rule" "ssh_var" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = var.ssh_cidr
  from_port         = 22
  ip_protocol       = "tcp"
  to_port           = 22
}
