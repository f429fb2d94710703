resource "azurerm_storage_account" "legacy_ftp_drop" {
  name                     = "contosodrop"
  resource_group_name      = azurerm_resource_group.integration.name
  location                 = azurerm_resource_group.integration.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  # ruleid: tf-azure-storage-weak-tls
  min_tls_version          = "TLS1_2"
}

resource "azurerm_storage_account" "reports" {
  name                     = "contosoreports"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = azurerm_resource_group.app.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  # ruleid: tf-azure-storage-weak-tls
  min_tls_version          = "TLS1_2"
}

resource "azurerm_storage_account" "data" {
  name                     = "contosodata"
  resource_group_name      = azurerm_resource_group.app.name
  location                 = azurerm_resource_group.app.location
  account_tier             = "Standard"
  account_replication_type = "ZRS"
  # ok: tf-azure-storage-weak-tls
  min_tls_version          = "TLS1_2"
}

resource "azurerm_storage_account" "module_input" {
  name                     = var.name
  resource_group_name      = var.resource_group_name
  location                 = var.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
  # ok: tf-azure-storage-weak-tls
  min_tls_version          = var.min_tls_version
}
